/**
 * Siang's own admin strings, under the `siang:` namespace of Payload's i18n, in both languages.
 * Field and collection labels sit beside their fields as `{ en, lo }`; these are the strings
 * that code produces: validation messages and the admin's own components. Payload reads `:` in
 * a key as nesting, so keys here never contain one.
 */
const en = {
  // Validation.
  phoneNumber: 'Enter a phone number with digits only, such as 1300 or +856 21 212 000.',
  notWebAddress: '"{{value}}" is not a web address (http:// or https://)',
  originRequired: 'Enter an origin.',
  originNotUrl: '"{{value}}" is not a URL. Write an origin such as https://www.example.org',
  originNotHttps: '"{{value}}" must start with https://',
  originCredentials: '"{{value}}" must not contain a user name or password',
  originWildcard: '"{{value}}" must not contain a wildcard',
  originOnly: '"{{value}}" must be an origin only, such as {{origin}} (no path, query or fragment)',
  platformTooLong: '{{platform}} allows {{max}} characters; this post has {{length}}.',
  endBeforeStart: 'The end date is before the start date.',
  reportPeriodFormat: 'Write the period as a half-year: 2020-H1 (January to June) or 2020-H2.',
  reportCountInvalid: 'Enter a whole number, 0 or more.',
  reportTotalsDiffer:
    'People by age add up to {{byAge}}, but people by sex to {{bySex}}: the two must match.',
  reportLocked:
    'This report has been submitted: only the national level can change it now, or return it to draft.',
  reportAcceptSubmitted: 'Only a submitted report can be accepted.',
  reportAcceptNational: 'Only the national level (editors and admins) accepts reports.',
  reportDuplicate: 'This province already has a report for {{period}}: open that one instead.',
  broadcastNeedsAiredAt:
    'Say when it actually went out: an aired or moved broadcast needs its time.',
  broadcastNoAiredAt:
    'A planned or missed broadcast has no aired time: clear it, or set the status to aired or moved.',
  provincialNeedsProvince: 'A provincial editor needs at least one province.',
  partnerNeedsOrganisation: 'A partner user needs its partner organisation.',
  isoCode: 'Use an ISO 3166-2 code such as LA-VT.',
  // Refusals (403).
  refusePublish:
    'Provincial editors cannot publish. Save this as a draft and ask a reviewer or editor to publish it.',
  refuseUnpublish: 'Provincial editors cannot unpublish. Ask a reviewer or editor.',
  refuseLive:
    'Provincial editors cannot change published work directly. Save your changes as a draft for a reviewer.',
  refuseNational:
    'This document has no province: it is national, so only national editors can edit it.',
  refuseOutside: 'This document belongs to a province outside yours, so you cannot edit it.',
  refuseChoose: 'Choose at least one of your provinces for this document.',
  refuseAssign: 'You can only assign your own provinces to a document.',
  refuseRole: 'Your role may not change content.',
  refuseCancelSchedule: 'Only reviewers, editors and admins can cancel scheduled publishing.',
  refuseAdminFields: 'Only an admin can change {{fields}}.',
  // The editorial workflow (src/workflow, src/components/admin/Workflow.tsx).
  workflowRefusedSubmit: 'Only authors and editors can send work for review.',
  workflowRefusedRequestChanges: 'Only reviewers and editors can ask for changes.',
  workflowRefusedApprove: 'Only reviewers and editors can approve.',
  workflowWrongStatus: 'This cannot be done while the work is “{{status}}”.',
  workflowUnknownAction: 'Unknown review action.',
  workflowCommentRequired: 'Say what needs to change: a comment is required.',
  workflowTitle: 'Review',
  workflowActionSubmit: 'Send for review',
  workflowActionRequestChanges: 'Ask for changes',
  workflowActionApprove: 'Approve',
  workflowApprovePublish: 'Approve and publish',
  workflowCommentLabel: 'Comment',
  workflowCommentHint: 'For the author: what to change, or a note with your decision.',
  workflowSaveFirst: 'Save the document first.',
  workflowHistory: 'History',
  workflowNoHistory: 'No review steps yet.',
  workflowBy: 'by {{name}}',
  workflowFailed: 'Could not save: {{message}}',
  // The dashboard.
  dashboardWaiting: 'Waiting for review',
  dashboardChanges: 'Changes requested',
  dashboardScheduled: 'Scheduled this week',
  dashboardRecent: 'Published in the last 14 days',
  dashboardNone: 'Nothing here.',
  dashboardScope: 'Your provinces: {{provinces}}',
  dashboardCalendar: 'Social media calendar',
  // The embed code in the edit view.
  embedCode: 'Embed code',
  embedWorksOncePublished: 'Works once published.',
  // The social media calendar.
  calendarTitle: 'Social media calendar',
  calendarPrevious: 'Previous month',
  calendarNext: 'Next month',
  calendarUnscheduled: 'No date yet',
}

type Strings = Record<keyof typeof en, string>

const lo: Strings = {
  phoneNumber: 'ໃສ່ເບີໂທເປັນຕົວເລກເທົ່ານັ້ນ, ເຊັ່ນ 1300 ຫຼື +856 21 212 000.',
  notWebAddress: '"{{value}}" ບໍ່ແມ່ນທີ່ຢູ່ເວັບ (http:// ຫຼື https://)',
  originRequired: 'ກະລຸນາໃສ່ origin.',
  originNotUrl: '"{{value}}" ບໍ່ແມ່ນ URL. ຂຽນ origin ເຊັ່ນ https://www.example.org',
  originNotHttps: '"{{value}}" ຕ້ອງຂຶ້ນຕົ້ນດ້ວຍ https://',
  originCredentials: '"{{value}}" ຕ້ອງບໍ່ມີຊື່ຜູ້ໃຊ້ ຫຼື ລະຫັດຜ່ານ',
  originWildcard: '"{{value}}" ຕ້ອງບໍ່ມີເຄື່ອງໝາຍ *',
  originOnly: '"{{value}}" ຕ້ອງເປັນ origin ເທົ່ານັ້ນ, ເຊັ່ນ {{origin}} (ບໍ່ມີ path, query ຫຼື fragment)',
  platformTooLong: '{{platform}} ຮັບໄດ້ {{max}} ຕົວອັກສອນ; ໂພສນີ້ມີ {{length}} ຕົວອັກສອນ.',
  endBeforeStart: 'ວັນສິ້ນສຸດຢູ່ກ່ອນວັນເລີ່ມ.',
  reportPeriodFormat: 'ຂຽນໄລຍະເປັນເຄິ່ງປີ: 2020-H1 (ມັງກອນ ຫາ ມິຖຸນາ) ຫຼື 2020-H2.',
  reportCountInvalid: 'ໃສ່ຈຳນວນເຕັມ, 0 ຂຶ້ນໄປ.',
  reportTotalsDiffer: 'ຈຳນວນຄົນຕາມອາຍຸລວມເປັນ {{byAge}}, ແຕ່ຕາມເພດລວມເປັນ {{bySex}}: ສອງຈຳນວນນີ້ຕ້ອງເທົ່າກັນ.',
  reportLocked: 'ບົດລາຍງານນີ້ສົ່ງແລ້ວ: ຕອນນີ້ສະເພາະລະດັບຊາດທີ່ແກ້ໄຂ ຫຼື ສົ່ງຄືນເປັນສະບັບຮ່າງໄດ້.',
  reportAcceptSubmitted: 'ຮັບຮອງໄດ້ສະເພາະບົດລາຍງານທີ່ສົ່ງແລ້ວ.',
  reportAcceptNational: 'ສະເພາະລະດັບຊາດ (ບັນນາທິການ ແລະ ຜູ້ດູແລລະບົບ) ທີ່ຮັບຮອງບົດລາຍງານ.',
  reportDuplicate: 'ແຂວງນີ້ມີບົດລາຍງານສຳລັບ {{period}} ແລ້ວ: ກະລຸນາເປີດບົດນັ້ນແທນ.',
  broadcastNeedsAiredAt: 'ບອກເວລາທີ່ອອກອາກາດແທ້: ການອອກອາກາດທີ່ອອກແລ້ວ ຫຼື ເລື່ອນເວລາ ຕ້ອງມີເວລາ.',
  broadcastNoAiredAt:
    'ການອອກອາກາດທີ່ກຳນົດໄວ້ ຫຼື ບໍ່ໄດ້ອອກ ບໍ່ມີເວລາອອກອາກາດ: ລຶບອອກ, ຫຼື ປ່ຽນສະຖານະເປັນອອກແລ້ວ ຫຼື ເລື່ອນເວລາ.',
  provincialNeedsProvince: 'ບັນນາທິການແຂວງຕ້ອງມີຢ່າງໜ້ອຍໜຶ່ງແຂວງ.',
  partnerNeedsOrganisation: 'ຜູ້ໃຊ້ທີ່ເປັນຄູ່ຮ່ວມງານຕ້ອງມີອົງການຄູ່ຮ່ວມງານຂອງຕົນ.',
  isoCode: 'ໃຊ້ລະຫັດ ISO 3166-2 ເຊັ່ນ LA-VT.',
  refusePublish: 'ບັນນາທິການແຂວງເຜີຍແຜ່ບໍ່ໄດ້. ບັນທຶກເປັນສະບັບຮ່າງ ແລ້ວຂໍໃຫ້ຜູ້ກວດ ຫຼື ບັນນາທິການເຜີຍແຜ່.',
  refuseUnpublish: 'ບັນນາທິການແຂວງຍົກເລີກການເຜີຍແຜ່ບໍ່ໄດ້. ກະລຸນາຂໍໃຫ້ຜູ້ກວດ ຫຼື ບັນນາທິການ.',
  refuseLive: 'ບັນນາທິການແຂວງແກ້ໄຂວຽກທີ່ເຜີຍແຜ່ແລ້ວໂດຍກົງບໍ່ໄດ້. ບັນທຶກການແກ້ໄຂເປັນສະບັບຮ່າງໃຫ້ຜູ້ກວດ.',
  refuseNational: 'ເອກະສານນີ້ບໍ່ມີແຂວງ: ເປັນວຽກລະດັບຊາດ, ສະເພາະບັນນາທິການລະດັບຊາດເທົ່ານັ້ນທີ່ແກ້ໄຂໄດ້.',
  refuseOutside: 'ເອກະສານນີ້ເປັນຂອງແຂວງອື່ນ, ທ່ານຈຶ່ງແກ້ໄຂບໍ່ໄດ້.',
  refuseChoose: 'ເລືອກແຂວງຂອງທ່ານຢ່າງໜ້ອຍໜຶ່ງແຂວງໃຫ້ເອກະສານນີ້.',
  refuseAssign: 'ທ່ານກຳນົດໄດ້ສະເພາະແຂວງຂອງທ່ານເອງໃຫ້ເອກະສານ.',
  refuseRole: 'ບົດບາດຂອງທ່ານແກ້ໄຂເນື້ອຫາບໍ່ໄດ້.',
  refuseCancelSchedule: 'ສະເພາະຜູ້ກວດ, ບັນນາທິການ ແລະ ຜູ້ດູແລລະບົບ ທີ່ຍົກເລີກການຕັ້ງເວລາເຜີຍແຜ່ໄດ້.',
  refuseAdminFields: 'ສະເພາະຜູ້ດູແລລະບົບທີ່ປ່ຽນ {{fields}} ໄດ້.',
  workflowRefusedSubmit: 'ສະເພາະຜູ້ຂຽນ ແລະ ບັນນາທິການເທົ່ານັ້ນທີ່ສົ່ງວຽກໃຫ້ກວດໄດ້.',
  workflowRefusedRequestChanges: 'ສະເພາະຜູ້ກວດ ແລະ ບັນນາທິການເທົ່ານັ້ນທີ່ຂໍໃຫ້ແກ້ໄຂໄດ້.',
  workflowRefusedApprove: 'ສະເພາະຜູ້ກວດ ແລະ ບັນນາທິການເທົ່ານັ້ນທີ່ອະນຸມັດໄດ້.',
  workflowWrongStatus: 'ເຮັດບໍ່ໄດ້ ໃນຂະນະທີ່ວຽກຢູ່ໃນສະຖານະ “{{status}}”.',
  workflowUnknownAction: 'ບໍ່ຮູ້ຈັກຂັ້ນຕອນການກວດນີ້.',
  workflowCommentRequired: 'ກະລຸນາບອກວ່າຕ້ອງແກ້ໄຂຫຍັງ: ຕ້ອງມີຄຳເຫັນ.',
  workflowTitle: 'ການກວດ',
  workflowActionSubmit: 'ສົ່ງໃຫ້ກວດ',
  workflowActionRequestChanges: 'ຂໍໃຫ້ແກ້ໄຂ',
  workflowActionApprove: 'ອະນຸມັດ',
  workflowApprovePublish: 'ອະນຸມັດ ແລະ ເຜີຍແຜ່',
  workflowCommentLabel: 'ຄຳເຫັນ',
  workflowCommentHint: 'ສຳລັບຜູ້ຂຽນ: ສິ່ງທີ່ຕ້ອງແກ້ໄຂ ຫຼື ບັນທຶກກ່ຽວກັບການຕັດສິນໃຈ.',
  workflowSaveFirst: 'ກະລຸນາບັນທຶກເອກະສານກ່ອນ.',
  workflowHistory: 'ປະຫວັດ',
  workflowNoHistory: 'ຍັງບໍ່ມີຂັ້ນຕອນການກວດ.',
  workflowBy: 'ໂດຍ {{name}}',
  workflowFailed: 'ບັນທຶກບໍ່ໄດ້: {{message}}',
  dashboardWaiting: 'ລໍຖ້າການກວດ',
  dashboardChanges: 'ຂໍໃຫ້ແກ້ໄຂ',
  dashboardScheduled: 'ຕັ້ງເວລາເຜີຍແຜ່ອາທິດນີ້',
  dashboardRecent: 'ເຜີຍແຜ່ໃນ 14 ມື້ຜ່ານມາ',
  dashboardNone: 'ບໍ່ມີລາຍການ.',
  dashboardScope: 'ແຂວງຂອງທ່ານ: {{provinces}}',
  dashboardCalendar: 'ປະຕິທິນສື່ສັງຄົມ',
  embedCode: 'ໂຄດສຳລັບຝັງ',
  embedWorksOncePublished: 'ໃຊ້ໄດ້ເມື່ອເຜີຍແຜ່ແລ້ວ.',
  calendarTitle: 'ປະຕິທິນສື່ສັງຄົມ',
  calendarPrevious: 'ເດືອນກ່ອນ',
  calendarNext: 'ເດືອນຖັດໄປ',
  calendarUnscheduled: 'ຍັງບໍ່ມີວັນທີ',
}

export type SiangKey = keyof typeof en
export const siangStrings = { en: { siang: en }, lo: { siang: lo } }

/** Says one of Siang's strings, with its `{{placeholders}}` filled. */
export type Say = (key: SiangKey, vars?: Record<string, unknown>) => string

const fill = (text: string, vars: Record<string, unknown> = {}) =>
  text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  )

/** In English: for checks that run with no request (pure helpers, scripts, tests). */
export const english: Say = (key, vars) => fill(en[key], vars)
