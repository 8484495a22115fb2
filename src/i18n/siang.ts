/**
 * Siang's own admin strings, under the `siang:` namespace of Payload's i18n, in both languages.
 * Field and collection labels sit beside their fields as `{ en, lo }`; these are the strings
 * that code produces: validation messages and the admin's own components. Payload reads `:` in
 * a key as nesting, so keys here never contain one.
 */
const en = {
  phoneNumber: 'Enter a phone number with digits only, such as 1300 or +856 21 212 000.',
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
