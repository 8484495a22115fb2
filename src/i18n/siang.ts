/**
 * Siang's own admin strings, under the `siang:` namespace of Payload's i18n, each key with its
 * English and its Lao. Field and collection labels sit beside their fields as `{ en, lo }`; these
 * are the strings that code produces: validation messages and the admin's own components. Payload
 * reads `:` in a key as nesting, so keys here never contain one.
 */
import type { Locale } from '@/lib/locales'
import { inLanguage, type Bilingual } from './bilingual'

const strings = {
  // Validation.
  phoneNumber: {
    en: 'Enter a phone number with digits only, such as 1300 or +856 21 212 000.',
    lo: 'ໃສ່ເບີໂທເປັນຕົວເລກເທົ່ານັ້ນ, ເຊັ່ນ 1300 ຫຼື +856 21 212 000.',
  },
  notWebAddress: {
    en: '"{{value}}" is not a web address (http:// or https://)',
    lo: '"{{value}}" ບໍ່ແມ່ນທີ່ຢູ່ເວັບ (http:// ຫຼື https://)',
  },
  quickExitAddress: {
    en: '"{{value}}" must be a web address starting with https://',
    lo: '"{{value}}" ຕ້ອງເປັນທີ່ຢູ່ເວັບທີ່ຂຶ້ນຕົ້ນດ້ວຍ https://',
  },
  messagingHandle: {
    en: 'Enter a phone number (WhatsApp, Viber, SMS) or a name of letters, digits, dots, dashes and underscores (Messenger, Telegram, LINE).',
    lo: 'ໃສ່ເບີໂທ (WhatsApp, Viber, SMS) ຫຼື ຊື່ທີ່ມີແຕ່ຕົວອັກສອນ, ຕົວເລກ, ຈ້ຳ, ຂີດ ແລະ ຂີດກ້ອງ (Messenger, Telegram, LINE).',
  },
  serviceNeedsProvince: {
    en: 'Choose the province this service is in.',
    lo: 'ເລືອກແຂວງທີ່ບ່ອນບໍລິການນີ້ຕັ້ງຢູ່.',
  },
  serviceNeedsCountry: {
    en: 'Enter the country this embassy is in.',
    lo: 'ໃສ່ປະເທດທີ່ສະຖານທູດນີ້ຕັ້ງຢູ່.',
  },
  quizOneRight: {
    en: 'Tick exactly one option as the right answer.',
    lo: 'ໝາຍຄຳຕອບທີ່ຖືກພຽງໜຶ່ງຂໍ້.',
  },
  answeredShapeLocked: {
    en: 'People have already answered: the order and number of questions and options cannot change. Change the words only, or make a new one.',
    lo: 'ມີຄົນຕອບແລ້ວ: ບໍ່ສາມາດປ່ຽນລຳດັບ ຫຼື ຈຳນວນຄຳຖາມ ແລະ ຕົວເລືອກໄດ້. ແກ້ໄຂໄດ້ແຕ່ຖ້ອຍຄຳ, ຫຼື ສ້າງອັນໃໝ່.',
  },
  pollClosesAfterOpening: {
    en: 'The poll must close after it opens.',
    lo: 'ວັນປິດຕ້ອງຢູ່ຫຼັງວັນເປີດ.',
  },
  originRequired: { en: 'Enter an origin.', lo: 'ກະລຸນາໃສ່ origin.' },
  originNotUrl: {
    en: '"{{value}}" is not a URL. Write an origin such as https://www.example.org',
    lo: '"{{value}}" ບໍ່ແມ່ນ URL. ຂຽນ origin ເຊັ່ນ https://www.example.org',
  },
  originNotHttps: {
    en: '"{{value}}" must start with https:// (http:// only for http://localhost or http://127.0.0.1, for testing)',
    lo: '"{{value}}" ຕ້ອງຂຶ້ນຕົ້ນດ້ວຍ https:// (http:// ສະເພາະ http://localhost ຫຼື http://127.0.0.1, ສຳລັບການທົດສອບ)',
  },
  originCredentials: {
    en: '"{{value}}" must not contain a user name or password',
    lo: '"{{value}}" ຕ້ອງບໍ່ມີຊື່ຜູ້ໃຊ້ ຫຼື ລະຫັດຜ່ານ',
  },
  originWildcard: {
    en: '"{{value}}" must not contain a wildcard',
    lo: '"{{value}}" ຕ້ອງບໍ່ມີເຄື່ອງໝາຍ *',
  },
  originOnly: {
    en: '"{{value}}" must be an origin only, such as {{origin}} (no path, query or fragment)',
    lo: '"{{value}}" ຕ້ອງເປັນ origin ເທົ່ານັ້ນ, ເຊັ່ນ {{origin}} (ບໍ່ມີ path, query ຫຼື fragment)',
  },
  platformTooLong: {
    en: '{{platform}} allows {{max}} characters; this post has {{length}}.',
    lo: '{{platform}} ຮັບໄດ້ {{max}} ຕົວອັກສອນ; ໂພສນີ້ມີ {{length}} ຕົວອັກສອນ.',
  },
  endBeforeStart: { en: 'The end date is before the start date.', lo: 'ວັນສິ້ນສຸດຢູ່ກ່ອນວັນເລີ່ມ.' },
  reportPeriodFormat: {
    en: 'Write the period as a half-year: 2020-H1 (January to June) or 2020-H2.',
    lo: 'ຂຽນໄລຍະເປັນເຄິ່ງປີ: 2020-H1 (ມັງກອນ ຫາ ມິຖຸນາ) ຫຼື 2020-H2.',
  },
  reportCountInvalid: { en: 'Enter a whole number, 0 or more.', lo: 'ໃສ່ຈຳນວນເຕັມ, 0 ຂຶ້ນໄປ.' },
  reportTotalsDiffer: {
    en: 'People by age add up to {{byAge}}, but people by sex to {{bySex}}: the two must match.',
    lo: 'ຈຳນວນຄົນຕາມອາຍຸລວມເປັນ {{byAge}}, ແຕ່ຕາມເພດລວມເປັນ {{bySex}}: ສອງຈຳນວນນີ້ຕ້ອງເທົ່າກັນ.',
  },
  reportLocked: {
    en: 'This report has been submitted: only the national level can change it now, or return it to draft.',
    lo: 'ບົດລາຍງານນີ້ສົ່ງແລ້ວ: ຕອນນີ້ສະເພາະລະດັບຊາດທີ່ແກ້ໄຂ ຫຼື ສົ່ງຄືນເປັນສະບັບຮ່າງໄດ້.',
  },
  reportAcceptSubmitted: {
    en: 'Only a submitted report can be accepted.',
    lo: 'ຮັບຮອງໄດ້ສະເພາະບົດລາຍງານທີ່ສົ່ງແລ້ວ.',
  },
  reportAcceptNational: {
    en: 'Only the national level (editors and admins) accepts reports.',
    lo: 'ສະເພາະລະດັບຊາດ (ບັນນາທິການ ແລະ ຜູ້ດູແລລະບົບ) ທີ່ຮັບຮອງບົດລາຍງານ.',
  },
  reportDuplicate: {
    en: 'This province already has a report for {{period}}: open that one instead.',
    lo: 'ແຂວງນີ້ມີບົດລາຍງານສຳລັບ {{period}} ແລ້ວ: ກະລຸນາເປີດບົດນັ້ນແທນ.',
  },
  targetDuplicate: {
    en: 'This indicator already has a target here for {{period}}: open that one instead.',
    lo: 'ຕົວຊີ້ວັດນີ້ມີເປົ້າໝາຍຢູ່ບ່ອນນີ້ສຳລັບ {{period}} ແລ້ວ: ກະລຸນາເປີດອັນນັ້ນແທນ.',
  },
  planRestoreRefused: {
    en: 'Only national editors bring back an earlier version of the plan, and never as a draft.',
    lo: 'ສະເພາະບັນນາທິການລະດັບຊາດ ທີ່ນຳສະບັບກ່ອນຂອງແຜນກັບມາໄດ້, ແລະ ບໍ່ແມ່ນເປັນສະບັບຮ່າງ.',
  },
  targetActualComputed: {
    en: 'Siang works this indicator out from its own figures: leave its actual empty.',
    lo: 'ສຽງຄິດໄລ່ຕົວຊີ້ວັດນີ້ ຈາກຕົວເລກຂອງຕົນເອງ: ບໍ່ຕ້ອງປ້ອນຕົວຈິງ.',
  },
  targetAmountInvalid: { en: 'Enter a number, 0 or more.', lo: 'ໃສ່ຕົວເລກ, 0 ຂຶ້ນໄປ.' },
  indicatorSlugFormat: {
    en: 'Use lower-case letters, digits and single hyphens, at most 60: people-reached.',
    lo: 'ໃຊ້ຕົວພິມນ້ອຍພາສາອັງກິດ, ຕົວເລກ ແລະ ຂີດ, ບໍ່ເກີນ 60 ຕົວ: people-reached.',
  },
  indicatorThresholds: {
    en: 'Enter per cents from 0 to 1000, "on track" above "at risk".',
    lo: 'ໃສ່ເປີເຊັນແຕ່ 0 ຫາ 1000, "ຕາມແຜນ" ສູງກວ່າ "ມີຄວາມສ່ຽງ".',
  },
  indicatorBreakdown: {
    en: 'This source cannot be broken down by: {{breakdowns}}.',
    lo: 'ແຫຼ່ງຂໍ້ມູນນີ້ແຍກຍ່ອຍຕາມສິ່ງນີ້ບໍ່ໄດ້: {{breakdowns}}.',
  },
  broadcastNeedsAiredAt: {
    en: 'Say when it actually went out: an aired or moved broadcast needs its time.',
    lo: 'ບອກເວລາທີ່ອອກອາກາດແທ້: ການອອກອາກາດທີ່ອອກແລ້ວ ຫຼື ເລື່ອນເວລາ ຕ້ອງມີເວລາ.',
  },
  broadcastNoAiredAt: {
    en: 'A planned or missed broadcast has no aired time: clear it, or set the status to aired or moved.',
    lo: 'ການອອກອາກາດທີ່ກຳນົດໄວ້ ຫຼື ບໍ່ໄດ້ອອກ ບໍ່ມີເວລາອອກອາກາດ: ລຶບອອກ, ຫຼື ປ່ຽນສະຖານະເປັນອອກແລ້ວ ຫຼື ເລື່ອນເວລາ.',
  },
  provincialNeedsProvince: {
    en: 'A provincial editor needs at least one province.',
    lo: 'ບັນນາທິການແຂວງຕ້ອງມີຢ່າງໜ້ອຍໜຶ່ງແຂວງ.',
  },
  partnerNeedsOrganisation: {
    en: 'A partner user needs its partner organisation.',
    lo: 'ຜູ້ໃຊ້ທີ່ເປັນຄູ່ຮ່ວມງານຕ້ອງມີອົງການຄູ່ຮ່ວມງານຂອງຕົນ.',
  },
  isoCode: { en: 'Use an ISO 3166-2 code such as LA-VT.', lo: 'ໃຊ້ລະຫັດ ISO 3166-2 ເຊັ່ນ LA-VT.' },
  // Refusals (403).
  refusePublish: {
    en: 'Provincial editors cannot publish. Save this as a draft and ask a reviewer or editor to publish it.',
    lo: 'ບັນນາທິການແຂວງເຜີຍແຜ່ບໍ່ໄດ້. ບັນທຶກເປັນສະບັບຮ່າງ ແລ້ວຂໍໃຫ້ຜູ້ກວດ ຫຼື ບັນນາທິການເຜີຍແຜ່.',
  },
  refuseUnpublish: {
    en: 'Provincial editors cannot unpublish. Ask a reviewer or editor.',
    lo: 'ບັນນາທິການແຂວງຍົກເລີກການເຜີຍແຜ່ບໍ່ໄດ້. ກະລຸນາຂໍໃຫ້ຜູ້ກວດ ຫຼື ບັນນາທິການ.',
  },
  refuseLive: {
    en: 'Provincial editors cannot change published work directly. Save your changes as a draft for a reviewer.',
    lo: 'ບັນນາທິການແຂວງແກ້ໄຂວຽກທີ່ເຜີຍແຜ່ແລ້ວໂດຍກົງບໍ່ໄດ້. ບັນທຶກການແກ້ໄຂເປັນສະບັບຮ່າງໃຫ້ຜູ້ກວດ.',
  },
  refuseNational: {
    en: 'This document has no province: it is national, so only national editors can edit it.',
    lo: 'ເອກະສານນີ້ບໍ່ມີແຂວງ: ເປັນວຽກລະດັບຊາດ, ສະເພາະບັນນາທິການລະດັບຊາດເທົ່ານັ້ນທີ່ແກ້ໄຂໄດ້.',
  },
  refuseOutside: {
    en: 'This document belongs to a province outside yours, so you cannot edit it.',
    lo: 'ເອກະສານນີ້ເປັນຂອງແຂວງອື່ນ, ທ່ານຈຶ່ງແກ້ໄຂບໍ່ໄດ້.',
  },
  refuseChoose: {
    en: 'Choose at least one of your provinces for this document.',
    lo: 'ເລືອກແຂວງຂອງທ່ານຢ່າງໜ້ອຍໜຶ່ງແຂວງໃຫ້ເອກະສານນີ້.',
  },
  refuseAssign: {
    en: 'You can only assign your own provinces to a document.',
    lo: 'ທ່ານກຳນົດໄດ້ສະເພາະແຂວງຂອງທ່ານເອງໃຫ້ເອກະສານ.',
  },
  refuseRole: { en: 'Your role may not change content.', lo: 'ບົດບາດຂອງທ່ານແກ້ໄຂເນື້ອຫາບໍ່ໄດ້.' },
  refuseCancelSchedule: {
    en: 'Only reviewers, editors and admins can cancel scheduled publishing.',
    lo: 'ສະເພາະຜູ້ກວດ, ບັນນາທິການ ແລະ ຜູ້ດູແລລະບົບ ທີ່ຍົກເລີກການຕັ້ງເວລາເຜີຍແຜ່ໄດ້.',
  },
  refuseAdminFields: {
    en: 'Only an admin can change {{fields}}.',
    lo: 'ສະເພາະຜູ້ດູແລລະບົບທີ່ປ່ຽນ {{fields}} ໄດ້.',
  },
  // The editorial workflow (src/workflow, src/components/admin/Workflow.tsx).
  workflowRefusedSubmit: {
    en: 'Only authors and editors can send work for review.',
    lo: 'ສະເພາະຜູ້ຂຽນ ແລະ ບັນນາທິການເທົ່ານັ້ນທີ່ສົ່ງວຽກໃຫ້ກວດໄດ້.',
  },
  workflowRefusedRequestChanges: {
    en: 'Only reviewers and editors can ask for changes.',
    lo: 'ສະເພາະຜູ້ກວດ ແລະ ບັນນາທິການເທົ່ານັ້ນທີ່ຂໍໃຫ້ແກ້ໄຂໄດ້.',
  },
  workflowRefusedApprove: {
    en: 'Only reviewers and editors can approve.',
    lo: 'ສະເພາະຜູ້ກວດ ແລະ ບັນນາທິການເທົ່ານັ້ນທີ່ອະນຸມັດໄດ້.',
  },
  workflowWrongStatus: {
    en: 'This cannot be done while the work is “{{status}}”.',
    lo: 'ເຮັດບໍ່ໄດ້ ໃນຂະນະທີ່ວຽກຢູ່ໃນສະຖານະ “{{status}}”.',
  },
  workflowUnknownAction: { en: 'Unknown review action.', lo: 'ບໍ່ຮູ້ຈັກຂັ້ນຕອນການກວດນີ້.' },
  workflowCommentRequired: {
    en: 'Say what needs to change: a comment is required.',
    lo: 'ກະລຸນາບອກວ່າຕ້ອງແກ້ໄຂຫຍັງ: ຕ້ອງມີຄຳເຫັນ.',
  },
  workflowTitle: { en: 'Review', lo: 'ການກວດ' },
  workflowActionSubmit: { en: 'Send for review', lo: 'ສົ່ງໃຫ້ກວດ' },
  workflowActionRequestChanges: { en: 'Ask for changes', lo: 'ຂໍໃຫ້ແກ້ໄຂ' },
  workflowActionApprove: { en: 'Approve', lo: 'ອະນຸມັດ' },
  workflowApprovePublish: { en: 'Approve and publish', lo: 'ອະນຸມັດ ແລະ ເຜີຍແຜ່' },
  workflowCommentLabel: { en: 'Comment', lo: 'ຄຳເຫັນ' },
  workflowCommentHint: {
    en: 'For the author: what to change, or a note with your decision.',
    lo: 'ສຳລັບຜູ້ຂຽນ: ສິ່ງທີ່ຕ້ອງແກ້ໄຂ ຫຼື ບັນທຶກກ່ຽວກັບການຕັດສິນໃຈ.',
  },
  workflowSaveFirst: { en: 'Save the document first.', lo: 'ກະລຸນາບັນທຶກເອກະສານກ່ອນ.' },
  workflowHistory: { en: 'History', lo: 'ປະຫວັດ' },
  workflowNoHistory: { en: 'No review steps yet.', lo: 'ຍັງບໍ່ມີຂັ້ນຕອນການກວດ.' },
  workflowBy: { en: 'by {{name}}', lo: 'ໂດຍ {{name}}' },
  workflowDoneSubmit: { en: 'Sent for review.', lo: 'ສົ່ງໃຫ້ກວດແລ້ວ.' },
  workflowDoneRequestChanges: {
    en: 'Changes requested: the author sees your comment.',
    lo: 'ຂໍໃຫ້ແກ້ໄຂແລ້ວ: ຜູ້ຂຽນຈະເຫັນຄຳເຫັນຂອງທ່ານ.',
  },
  workflowDoneApprove: { en: 'Approved.', lo: 'ອະນຸມັດແລ້ວ.' },
  workflowDonePublish: { en: 'Approved and published.', lo: 'ອະນຸມັດ ແລະ ເຜີຍແຜ່ແລ້ວ.' },
  // The dashboard.
  dashboardWaiting: { en: 'Waiting for review', lo: 'ລໍຖ້າການກວດ' },
  dashboardChanges: { en: 'Changes requested', lo: 'ຂໍໃຫ້ແກ້ໄຂ' },
  dashboardScheduled: { en: 'Scheduled this week', lo: 'ຕັ້ງເວລາເຜີຍແຜ່ອາທິດນີ້' },
  dashboardRecent: { en: 'Published in the last 14 days', lo: 'ເຜີຍແຜ່ໃນ 14 ມື້ຜ່ານມາ' },
  dashboardNone: { en: 'Nothing here.', lo: 'ບໍ່ມີລາຍການ.' },
  dashboardQuestionsNone: { en: 'No new questions.', lo: 'ບໍ່ມີຄຳຖາມໃໝ່.' },
  dashboardScope: { en: 'Your provinces: {{provinces}}', lo: 'ແຂວງຂອງທ່ານ: {{provinces}}' },
  dashboardCalendar: { en: 'Social media calendar', lo: 'ປະຕິທິນສື່ສັງຄົມ' },
  dashboardQuestions: { en: 'New questions', lo: 'ຄຳຖາມໃໝ່' },
  dashboardQuestion: { en: 'Question {{id}}', lo: 'ຄຳຖາມ {{id}}' },
  dashboardQuestionNational: { en: 'No province given', lo: 'ບໍ່ໄດ້ລະບຸແຂວງ' },
  dashboardQuestionsAll: { en: 'All questions', lo: 'ຄຳຖາມທັງໝົດ' },
  // The embed code in the edit view.
  embedCode: { en: 'Embed code', lo: 'ໂຄດສຳລັບຝັງ' },
  embedWorksOncePublished: { en: 'Works once published.', lo: 'ໃຊ້ໄດ້ເມື່ອເຜີຍແຜ່ແລ້ວ.' },
  // Translating: a localized field's Lao, shown in the other language's form.
  laoOriginal: { en: 'Lao', lo: 'ລາວ' },
  // A media file's `alt`, named by what the file is.
  altImage: { en: 'Alt text', lo: 'ຄຳອະທິບາຍຮູບ' },
  altAudio: { en: 'Description of the audio', lo: 'ຄຳອະທິບາຍສຽງ' },
  altVideo: { en: 'Description of the video', lo: 'ຄຳອະທິບາຍວິດີໂອ' },
  // The social media calendar.
  calendarTitle: { en: 'Social media calendar', lo: 'ປະຕິທິນສື່ສັງຄົມ' },
  calendarPrevious: { en: 'Previous month', lo: 'ເດືອນກ່ອນ' },
  calendarNext: { en: 'Next month', lo: 'ເດືອນຖັດໄປ' },
  calendarUnscheduled: { en: 'No date yet', lo: 'ຍັງບໍ່ມີວັນທີ' },
  calendarToday: { en: 'Today', lo: 'ມື້ນີ້' },
  // Resumable uploads.
  largeUploadLink: {
    en: 'Upload a long audio or video file over a weak connection',
    lo: 'ອັບໂຫຼດໄຟລ໌ສຽງ ຫຼື ວິດີໂອຍາວ ຜ່ານອິນເຕີເນັດທີ່ບໍ່ໝັ້ນຄົງ',
  },
  largeUploadTitle: { en: 'Upload a long audio or video file', lo: 'ອັບໂຫຼດໄຟລ໌ສຽງ ຫຼື ວິດີໂອຍາວ' },
  largeUploadHelp: {
    en: 'The file is sent in pieces: if the connection drops, it goes on from where it stopped, even after the page is reloaded (choose the same file again).',
    lo: 'ໄຟລ໌ຈະຖືກສົ່ງເປັນຕອນໆ: ຖ້າອິນເຕີເນັດຂາດ, ມັນຈະສົ່ງຕໍ່ຈາກບ່ອນທີ່ຢຸດ, ເຖິງແມ່ນຈະໂຫຼດໜ້າໃໝ່ (ເລືອກໄຟລ໌ເກົ່າອີກຄັ້ງ).',
  },
  largeUpload_file: { en: 'Audio or video file', lo: 'ໄຟລ໌ສຽງ ຫຼື ວິດີໂອ' },
  largeUpload_alt: { en: 'Description', lo: 'ຄຳອະທິບາຍ' },
  largeUpload_start: { en: 'Upload', lo: 'ອັບໂຫຼດ' },
  largeUpload_pause: { en: 'Pause', lo: 'ຢຸດຊົ່ວຄາວ' },
  largeUpload_resume: { en: 'Resume', lo: 'ສືບຕໍ່' },
  largeUpload_done: { en: 'Uploaded.', lo: 'ອັບໂຫຼດແລ້ວ.' },
  largeUpload_open: { en: 'Open the media file', lo: 'ເປີດໄຟລ໌ສື່' },
  largeUpload_unfinished: { en: 'Unfinished uploads', lo: 'ການອັບໂຫຼດທີ່ຍັງບໍ່ແລ້ວ' },
  largeUpload_pickAgain: {
    en: 'Choose the same file again to go on.',
    lo: 'ເລືອກໄຟລ໌ເກົ່າອີກຄັ້ງເພື່ອສົ່ງຕໍ່.',
  },
  largeUpload_offline: {
    en: 'offline: it will go on when the connection is back',
    lo: 'ບໍ່ມີອິນເຕີເນັດ: ຈະສົ່ງຕໍ່ເມື່ອເຊື່ອມຕໍ່ໄດ້',
  },
  largeUpload_failed: { en: 'The upload failed', lo: 'ອັບໂຫຼດບໍ່ສຳເລັດ' },
  resumable_pickAgain: {
    en: 'Choose the same file again and save: it goes on from where it stopped.',
    lo: 'ເລືອກໄຟລ໌ເກົ່າອີກຄັ້ງ ແລ້ວບັນທຶກ: ຈະສົ່ງຕໍ່ຈາກບ່ອນທີ່ຢຸດໄວ້.',
  },
  resumable_paused: { en: 'paused', lo: 'ຢຸດໄວ້' },
  resumable_saveAgain: {
    en: 'Save again to go on from where it stopped.',
    lo: 'ບັນທຶກອີກຄັ້ງ ເພື່ອສົ່ງຕໍ່ຈາກບ່ອນທີ່ຢຸດໄວ້.',
  },
  // The data-saver copies of audio and video.
  renditionTitle: { en: 'Data-saver copy', lo: 'ສຳເນົາປະຢັດຂໍ້ມູນ' },
  rendition_queued: { en: 'waiting to be made', lo: 'ລໍຖ້າສ້າງ' },
  rendition_working: { en: 'being made', lo: 'ກຳລັງສ້າງ' },
  rendition_retrying: { en: 'failed; trying again shortly', lo: 'ບໍ່ສຳເລັດ; ຈະລອງໃໝ່ໃນບໍ່ຊ້າ' },
  rendition_failed: { en: 'failed after three tries', lo: 'ບໍ່ສຳເລັດ ຫຼັງຈາກລອງສາມຄັ້ງ' },
  rendition_done: { en: 'made', lo: 'ສ້າງແລ້ວ' },
  rendition_skipped: { en: 'not needed', lo: 'ບໍ່ຈຳເປັນ' },
  renditionSaved: { en: '{{size}}, {{saved}}% smaller', lo: '{{size}}, ນ້ອຍລົງ {{saved}}%' },
  renditionOpen: { en: 'Open', lo: 'ເປີດ' },
  // Reach and reporting.
  dashboardReach: { en: 'Reach and reporting', lo: 'ການເຂົ້າເຖິງ ແລະ ການລາຍງານ' },
  reachTitle: { en: 'Reach and reporting', lo: 'ການເຂົ້າເຖິງ ແລະ ການລາຍງານ' },
  reachPeriod: { en: 'Period', lo: 'ໄລຍະ' },
  reachProvince: { en: 'Province', lo: 'ແຂວງ' },
  reachAllProvinces: { en: 'All provinces', lo: 'ທຸກແຂວງ' },
  reachShow: { en: 'Show', lo: 'ສະແດງ' },
  reachExportWorkbook: {
    en: 'Download the workbook (Excel)',
    lo: 'ດາວໂຫຼດປຶ້ມວຽກ (Excel)',
  },
  reachExport: { en: 'Download CSV', lo: 'ດາວໂຫຼດ CSV' },
  reachPrintable: { en: 'Printable report', lo: 'ບົດລາຍງານສຳລັບພິມ' },
  reachPrint: { en: 'Print or save as PDF', lo: 'ພິມ ຫຼື ບັນທຶກເປັນ PDF' },
  reachReportTitle: {
    en: 'Half-year report on awareness work, {{period}}',
    lo: 'ບົດລາຍງານວຽກງານໂຄສະນາເຜີຍແຜ່ 6 ເດືອນ, {{period}}',
  },
  reachNational: { en: 'National', lo: 'ທົ່ວປະເທດ' },
  reachDates: { en: '{{from}} to {{to}}', lo: '{{from}} ຫາ {{to}}' },
  reachBroadcasts: { en: 'Broadcasts per station', lo: 'ການອອກອາກາດ ຕາມສະຖານີ' },
  reachStation: { en: 'Station', lo: 'ສະຖານີ' },
  reachBooked: { en: 'Booked', lo: 'ຈອງໄວ້' },
  reachAired: { en: 'Aired', lo: 'ອອກອາກາດແລ້ວ' },
  reachMoved: { en: 'Moved', lo: 'ເລື່ອນເວລາ' },
  reachMissed: { en: 'Missed', lo: 'ບໍ່ໄດ້ອອກອາກາດ' },
  reachPlanned: { en: 'Not logged yet', lo: 'ຍັງບໍ່ໄດ້ບັນທຶກຜົນ' },
  reachDelivery: { en: 'Delivery rate', lo: 'ອັດຕາການອອກອາກາດ' },
  reachDeliveryNote: {
    en: 'Delivery rate: aired or moved, out of the broadcasts whose outcome is logged.',
    lo: 'ອັດຕາການອອກອາກາດ: ທີ່ອອກອາກາດແລ້ວ ຫຼື ເລື່ອນເວລາ, ທຽບກັບການອອກອາກາດທີ່ບັນທຶກຜົນແລ້ວ.',
  },
  reachPeople: { en: 'People reached, by province', lo: 'ຈຳນວນຄົນທີ່ເຂົ້າເຖິງ ຕາມແຂວງ' },
  reachPeopleNote: {
    en: 'Totals count submitted and accepted reports only.',
    lo: 'ຍອດລວມນັບສະເພາະບົດລາຍງານທີ່ສົ່ງແລ້ວ ແລະ ຮັບຮອງແລ້ວ.',
  },
  reachEvents: { en: 'Events', lo: 'ກິດຈະກຳ' },
  reachFemale: { en: 'Female', lo: 'ຍິງ' },
  reachMale: { en: 'Male', lo: 'ຊາຍ' },
  reachOther: { en: 'Other', lo: 'ອື່ນໆ' },
  reachTotal: { en: 'Total', lo: 'ລວມ' },
  reachUnder15: { en: 'Under 15', lo: 'ຕ່ຳກວ່າ 15 ປີ' },
  reach15to24: { en: '15 to 24', lo: '15–24 ປີ' },
  reach25: { en: '25 and over', lo: '25 ປີຂຶ້ນໄປ' },
  reachStatus: { en: 'Report', lo: 'ບົດລາຍງານ' },
  reachStatusMissing: { en: 'None yet', lo: 'ຍັງບໍ່ມີ' },
  reachStatusDraft: { en: 'Draft', lo: 'ສະບັບຮ່າງ' },
  reachStatusSubmitted: { en: 'Submitted', lo: 'ສົ່ງແລ້ວ' },
  reachStatusAccepted: { en: 'Accepted', lo: 'ຮັບຮອງແລ້ວ' },
  reachMaterials: { en: 'Materials distributed', lo: 'ເອກະສານ ແລະ ສື່ທີ່ແຈກຢາຍ' },
  reachPlays: { en: 'Plays and views', lo: 'ການຫຼິ້ນ ແລະ ການເບິ່ງ' },
  reachPlaysNote: {
    en: 'From the site, from embedded players, and from podcast apps, for the whole country: the counters record no place.',
    lo: 'ຈາກເວັບໄຊ, ເຄື່ອງຫຼິ້ນທີ່ຝັງ ແລະ ແອັບພອດແຄສ, ທົ່ວປະເທດ: ການນັບບໍ່ໄດ້ບັນທຶກສະຖານທີ່.',
  },
  reachSource: { en: 'Where', lo: 'ບ່ອນ' },
  reachSourceSite: { en: 'Siang site', lo: 'ເວັບໄຊສຽງ' },
  reachSourceEmbed: { en: 'Embedded players', lo: 'ເຄື່ອງຫຼິ້ນທີ່ຝັງ' },
  reachSourcePodcast: { en: 'Podcast apps (downloads)', lo: 'ແອັບພອດແຄສ (ການດາວໂຫຼດ)' },
  reachViews: { en: 'Views', lo: 'ການເບິ່ງ' },
  reachPlaysCount: { en: 'Plays', lo: 'ການຫຼິ້ນ' },
  reachAnswers: { en: 'Quizzes and polls', lo: 'ແບບທົດສອບ ແລະ ແບບສຳຫຼວດ' },
  reachNoAnswers: {
    en: 'No quiz or poll was answered in this half-year.',
    lo: 'ບໍ່ມີຄົນຕອບແບບທົດສອບ ຫຼື ແບບສຳຫຼວດໃນໄລຍະນີ້.',
  },
  reachSmallNumbers: {
    en: 'A group with fewer than 5 answers is shown as “fewer than 5”, and its share or average not at all, so that no one can be singled out. Answers without a province count nationally only.',
    lo: 'ກຸ່ມທີ່ມີຄຳຕອບໜ້ອຍກວ່າ 5 ສະແດງເປັນ “ໜ້ອຍກວ່າ 5” ແລະ ບໍ່ສະແດງສ່ວນຮ້ອຍ ຫຼື ຄ່າສະເລ່ຍ ເພື່ອບໍ່ໃຫ້ລະບຸຕົວຄົນໄດ້. ຄຳຕອບທີ່ບໍ່ບອກແຂວງ ນັບສະເພາະໃນລະດັບຊາດ.',
  },
  reachFewerThan5: { en: 'fewer than 5', lo: 'ໜ້ອຍກວ່າ 5' },
  reachAttempts: { en: 'Attempts', lo: 'ຈຳນວນຄັ້ງທີ່ຕອບ' },
  reachAverageScore: { en: 'Average score', lo: 'ຄະແນນສະເລ່ຍ' },
  reachQuestion: { en: 'Question', lo: 'ຄຳຖາມ' },
  reachAnsweredRight: { en: 'Answered right', lo: 'ຕອບຖືກ' },
  reachVotes: { en: 'Votes', lo: 'ຄະແນນສຽງ' },
  reachShare: { en: 'Share', lo: 'ສ່ວນຮ້ອຍ' },
  reachOption: { en: 'Option', lo: 'ຕົວເລືອກ' },
  reachByAgeBand: { en: 'By age', lo: 'ຕາມອາຍຸ' },
  reachBySex: { en: 'By sex', lo: 'ຕາມເພດ' },
  reachByProvince: { en: 'By province', lo: 'ຕາມແຂວງ' },
  reachNotSaid: { en: 'Not said', lo: 'ບໍ່ໄດ້ບອກ' },
  reachItem: { en: 'Item', lo: 'ລາຍການ' },
  reachType: { en: 'Type', lo: 'ປະເພດ' },
  reachOverTime: { en: 'Plays and views over time', lo: 'ການຫຼິ້ນ ແລະ ການເບິ່ງ ຕາມເວລາ' },
  reachEmbeds: { en: 'Embeds per partner', lo: 'ການຝັງ ຕາມຄູ່ຮ່ວມງານ' },
  reachPartner: { en: 'Partner', lo: 'ຄູ່ຮ່ວມງານ' },
  reachUnattributed: { en: 'No declared partner', lo: 'ບໍ່ໄດ້ລະບຸຄູ່ຮ່ວມງານ' },
  reachNarratives: { en: 'From the provinces’ reports', lo: 'ຈາກບົດລາຍງານຂອງແຂວງ' },
  reachNone: { en: 'No figures for this period.', lo: 'ບໍ່ມີຕົວເລກສຳລັບໄລຍະນີ້.' },
  reachMade: { en: 'Made by Siang on {{date}}.', lo: 'ສ້າງໂດຍ ສຽງ ວັນທີ {{date}}.' },
  reachSexAge: { en: 'People reached, by sex and age', lo: 'ຈຳນວນຄົນທີ່ເຂົ້າເຖິງ ຕາມເພດ ແລະ ອາຍຸ' },
  reachSexAgeFrom: {
    en: 'Counted reports entered in the sex-by-age table: {{count}}.',
    lo: 'ບົດລາຍງານທີ່ນັບ ເຊິ່ງປ້ອນໃສ່ຕາຕະລາງເພດ ແລະ ອາຍຸ: {{count}}.',
  },
  reachOldBands: {
    en: 'Reports made before the table ({{count}}): by age in the three old bands only',
    lo: 'ບົດລາຍງານທີ່ເຮັດກ່ອນມີຕາຕະລາງ ({{count}}): ຕາມອາຍຸ ສາມຊ່ວງເກົ່າເທົ່ານັ້ນ',
  },
  reachSex: { en: 'Sex', lo: 'ເພດ' },
  reachAllAges: { en: 'All ages', lo: 'ທຸກອາຍຸ' },
  planTitle: { en: 'The plan: indicators against targets', lo: 'ແຜນ: ຕົວຊີ້ວັດ ທຽບກັບເປົ້າໝາຍ' },
  planIndicator: { en: 'Indicator', lo: 'ຕົວຊີ້ວັດ' },
  planBaseline: { en: 'Baseline', lo: 'ຖານ' },
  planTarget: { en: 'Target', lo: 'ເປົ້າໝາຍ' },
  planActual: { en: 'Actual', lo: 'ຕົວຈິງ' },
  planPercent: { en: '% of target', lo: '% ຂອງເປົ້າໝາຍ' },
  planStatus: { en: 'Status', lo: 'ສະຖານະ' },
  planNoStatus: { en: 'No target or figure yet', lo: 'ຍັງບໍ່ມີເປົ້າໝາຍ ຫຼື ຕົວເລກ' },
  planNoFigure: { en: 'No figure yet', lo: 'ຍັງບໍ່ມີຕົວເລກ' },
  planDue: {
    en: '{{share}} of the half-year has gone: a count is measured against that share of its target, a rate against the whole. {{counted}} of {{expected}} provinces’ reports count so far.',
    lo: 'ເຄິ່ງປີຜ່ານໄປແລ້ວ {{share}}: ຈຳນວນ ທຽບກັບສ່ວນນັ້ນຂອງເປົ້າໝາຍ, ອັດຕາ ທຽບກັບເປົ້າໝາຍທັງໝົດ. ບົດລາຍງານຂອງແຂວງທີ່ນັບແລ້ວ {{counted}} ໃນ {{expected}}.',
  },
  planBar: { en: '{{actual}} of {{target}}', lo: '{{actual}} ໃນ {{target}}' },
  planByProvince: { en: 'Indicators by province', lo: 'ຕົວຊີ້ວັດ ຕາມແຂວງ' },
  planByProvinceNote: {
    en: 'Each cell: actual of target, and % of target. Views and plays are counted for the whole country only.',
    lo: 'ແຕ່ລະຊ່ອງ: ຕົວຈິງ ໃນ ເປົ້າໝາຍ, ແລະ % ຂອງເປົ້າໝາຍ. ການເບິ່ງ ແລະ ການຫຼິ້ນ ນັບສະເພາະລະດັບຊາດ.',
  },
  planMap: { en: 'Map: {{indicator}}', lo: 'ແຜນທີ່: {{indicator}}' },
  planMapNote: {
    en: 'Each province coloured by its status (its actual against what was due by now), with its % of target and the status written on it. The table above holds the same figures.',
    lo: 'ແຕ່ລະແຂວງ ມີສີຕາມສະຖານະ (ຕົວຈິງ ທຽບກັບສິ່ງທີ່ຄວນໄດ້ຮອດມື້ນີ້), ພ້ອມ % ຂອງເປົ້າໝາຍ ແລະ ສະຖານະທີ່ຂຽນໄວ້. ຕາຕະລາງຂ້າງເທິງ ມີຕົວເລກດຽວກັນ.',
  },
  planMapShow: { en: 'Show on the map', lo: 'ສະແດງໃນແຜນທີ່' },
  planNoIndicators: {
    en: 'No indicators yet: national editors add them under Reach.',
    lo: 'ຍັງບໍ່ມີຕົວຊີ້ວັດ: ບັນນາທິການລະດັບຊາດ ເພີ່ມໄດ້ໃນໝວດການເຂົ້າເຖິງ.',
  },
  // Importing a station's broadcast log (src/reach/import*.ts, src/components/admin/BroadcastImport*).
  importTooLarge: {
    en: 'The file is {{size}}; files up to {{max}} can be imported. Split it into smaller files.',
    lo: 'ໄຟລ໌ນີ້ມີຂະໜາດ {{size}}; ນຳເຂົ້າໄດ້ບໍ່ເກີນ {{max}}. ກະລຸນາແບ່ງເປັນໄຟລ໌ນ້ອຍລົງ.',
  },
  importTooManyRows: {
    en: 'The file has {{rows}} rows; up to {{max}} can be imported at once. Split it into smaller files.',
    lo: 'ໄຟລ໌ນີ້ມີ {{rows}} ແຖວ; ນຳເຂົ້າໄດ້ເທື່ອລະບໍ່ເກີນ {{max}} ແຖວ. ກະລຸນາແບ່ງເປັນໄຟລ໌ນ້ອຍລົງ.',
  },
  importNotText: {
    en: 'The file is not UTF-8 text. In your spreadsheet, save it as “CSV UTF-8”.',
    lo: 'ໄຟລ໌ນີ້ບໍ່ແມ່ນຂໍ້ຄວາມ UTF-8. ໃນໂປຣແກຣມຕາຕະລາງ, ໃຫ້ບັນທຶກເປັນ “CSV UTF-8”.',
  },
  importUnreadable: {
    en: 'The file cannot be read as CSV at line {{line}}: {{reason}}',
    lo: 'ອ່ານໄຟລ໌ນີ້ເປັນ CSV ບໍ່ໄດ້ ຢູ່ແຖວທີ {{line}}: {{reason}}',
  },
  importMissingColumns: {
    en: 'The first line must name the columns; missing: {{columns}}.',
    lo: 'ແຖວທຳອິດຕ້ອງບອກຊື່ຖັນ; ຍັງຂາດ: {{columns}}.',
  },
  importNoFile: {
    en: 'Send a CSV file: as the request body (text/csv) or as the form field "file".',
    lo: 'ກະລຸນາສົ່ງໄຟລ໌ CSV: ເປັນເນື້ອໃນຂອງຄຳຮ້ອງ (text/csv) ຫຼື ເປັນຊ່ອງຟອມ "file".',
  },
  broadcastDuplicate: {
    en: 'This station already has this item logged at that time: open that broadcast instead.',
    lo: 'ສະຖານີນີ້ມີລາຍການນີ້ບັນທຶກໄວ້ໃນເວລານັ້ນແລ້ວ: ກະລຸນາເປີດລາຍການນັ້ນແທນ.',
  },
  signInThrottled: {
    en: 'Too many sign-in attempts from this address. Wait {{minutes}} min, then try again.',
    lo: 'ພະຍາຍາມເຂົ້າລະບົບຫຼາຍເທື່ອເກີນໄປຈາກທີ່ຢູ່ນີ້. ກະລຸນາລໍຖ້າ {{minutes}} ນາທີ ແລ້ວລອງໃໝ່.',
  },
  resetThrottled: {
    en: 'Too many password-reset requests from this address. Wait {{minutes}} min, then try again.',
    lo: 'ຂໍປ່ຽນລະຫັດຜ່ານຫຼາຍເທື່ອເກີນໄປຈາກທີ່ຢູ່ນີ້. ກະລຸນາລໍຖ້າ {{minutes}} ນາທີ ແລ້ວລອງໃໝ່.',
  },
  importSignIn: {
    en: 'Sign in to import broadcast logs.',
    lo: 'ກະລຸນາເຂົ້າສູ່ລະບົບ ເພື່ອນຳເຂົ້າບັນທຶກການອອກອາກາດ.',
  },
  importRefused: {
    en: 'Your role may not write broadcasts.',
    lo: 'ບົດບາດຂອງທ່ານບັນທຶກການອອກອາກາດບໍ່ໄດ້.',
  },
  importHasErrors: {
    en: 'Nothing was imported: {{count}} rows were rejected. Fix them and send the file again.',
    lo: 'ບໍ່ໄດ້ນຳເຂົ້າຫຍັງເລີຍ: ມີ {{count}} ແຖວຖືກປະຕິເສດ. ກະລຸນາແກ້ໄຂ ແລ້ວສົ່ງໄຟລ໌ອີກຄັ້ງ.',
  },
  importWriteFailed: {
    en: 'Nothing was imported: line {{line}} could not be saved ({{reason}}).',
    lo: 'ບໍ່ໄດ້ນຳເຂົ້າຫຍັງເລີຍ: ບັນທຶກແຖວທີ {{line}} ບໍ່ໄດ້ ({{reason}}).',
  },
  importEmptyCell: { en: 'The {{column}} column is empty.', lo: 'ຖັນ {{column}} ຫວ່າງເປົ່າ.' },
  importUnknownStation: { en: 'No station is named "{{value}}".', lo: 'ບໍ່ມີສະຖານີທີ່ຊື່ "{{value}}".' },
  importAmbiguousStation: {
    en: '{{count}} stations are named "{{value}}": give them different names first.',
    lo: 'ມີ {{count}} ສະຖານີທີ່ຊື່ "{{value}}": ກະລຸນາຕັ້ງຊື່ໃຫ້ຕ່າງກັນກ່ອນ.',
  },
  importStationOutside: {
    en: 'The station "{{value}}" is in a province outside yours.',
    lo: 'ສະຖານີ "{{value}}" ຢູ່ໃນແຂວງອື່ນ ທີ່ບໍ່ແມ່ນແຂວງຂອງທ່ານ.',
  },
  importBadDate: {
    en: '"{{value}}" is not a date: write YYYY-MM-DD, such as 2026-11-28.',
    lo: '"{{value}}" ບໍ່ແມ່ນວັນທີ: ຂຽນເປັນ YYYY-MM-DD, ເຊັ່ນ 2026-11-28.',
  },
  importBadTime: {
    en: '"{{value}}" is not a time: write HH:MM in Lao time, such as 07:30.',
    lo: '"{{value}}" ບໍ່ແມ່ນເວລາ: ຂຽນເປັນ HH:MM ຕາມເວລາລາວ, ເຊັ່ນ 07:30.',
  },
  importBadType: {
    en: '"{{value}}" is not a type: use radio-spot, tv-spot, episode or song.',
    lo: '"{{value}}" ບໍ່ແມ່ນປະເພດທີ່ຮູ້ຈັກ: ໃຊ້ radio-spot, tv-spot, episode ຫຼື song.',
  },
  importUnknownItem: {
    en: 'No {{type}} has the slug "{{value}}".',
    lo: 'ບໍ່ມີ {{type}} ທີ່ມີ slug "{{value}}".',
  },
  importBadStatus: {
    en: '"{{value}}" is not a status: use planned, aired, missed or moved.',
    lo: '"{{value}}" ບໍ່ແມ່ນສະຖານະທີ່ຮູ້ຈັກ: ໃຊ້ planned, aired, missed ຫຼື moved.',
  },
  importBadAiredAt: {
    en: '"{{value}}" is not an aired time: write HH:MM, or YYYY-MM-DD HH:MM, in Lao time.',
    lo: '"{{value}}" ບໍ່ແມ່ນເວລາອອກອາກາດ: ຂຽນເປັນ HH:MM ຫຼື YYYY-MM-DD HH:MM ຕາມເວລາລາວ.',
  },
  importNeedsAiredAt: {
    en: 'The status "{{value}}" needs aired_at: when it actually went out.',
    lo: 'ສະຖານະ "{{value}}" ຕ້ອງມີ aired_at: ເວລາທີ່ອອກອາກາດແທ້.',
  },
  importNoAiredAt: {
    en: 'The status "{{value}}" takes no aired_at: clear "{{airedAt}}", or set the status to aired or moved.',
    lo: 'ສະຖານະ "{{value}}" ບໍ່ມີເວລາອອກອາກາດ: ລຶບ "{{airedAt}}" ອອກ, ຫຼື ປ່ຽນສະຖານະເປັນ aired ຫຼື moved.',
  },
  importDuplicate: {
    en: 'The same broadcast as line {{line}}: same station, item and planned time.',
    lo: 'ຊ້ຳກັບແຖວທີ {{line}}: ສະຖານີ, ລາຍການ ແລະ ເວລາກຳນົດດຽວກັນ.',
  },
  importTitle: { en: 'Import a station log', lo: 'ນຳເຂົ້າບັນທຶກຂອງສະຖານີ' },
  importIntro: {
    en: 'Choose a CSV file with these columns, named on its first line:',
    lo: 'ເລືອກໄຟລ໌ CSV ທີ່ມີຖັນເຫຼົ່ານີ້ ໂດຍບອກຊື່ຖັນໄວ້ໃນແຖວທຳອິດ:',
  },
  importIntroTimes: {
    en: 'Times are Lao time. Nothing is saved until you press Import.',
    lo: 'ເວລາເປັນເວລາລາວ. ຈະບໍ່ມີຫຍັງຖືກບັນທຶກ ຈົນກວ່າທ່ານຈະກົດປຸ່ມນຳເຂົ້າ.',
  },
  importFile: { en: 'CSV file', lo: 'ໄຟລ໌ CSV' },
  importChecking: { en: 'Checking…', lo: 'ກຳລັງກວດ…' },
  importLine: { en: 'Line', lo: 'ແຖວ' },
  importAction: { en: 'Action', lo: 'ການດຳເນີນການ' },
  importStation: { en: 'Station', lo: 'ສະຖານີ' },
  importItem: { en: 'Item', lo: 'ລາຍການ' },
  importPlanned: { en: 'Planned (Lao time)', lo: 'ກຳນົດ (ເວລາລາວ)' },
  importStatus: { en: 'Status', lo: 'ສະຖານະ' },
  importReason: { en: 'Reason', lo: 'ເຫດຜົນ' },
  importCreate: { en: 'New', lo: 'ໃໝ່' },
  importUpdate: { en: 'Changed', lo: 'ປ່ຽນແປງ' },
  importUnchanged: { en: 'Unchanged', lo: 'ບໍ່ປ່ຽນແປງ' },
  importCounts: {
    en: '{{created}} new, {{updated}} changed, {{unchanged}} unchanged, {{rejected}} rejected',
    lo: 'ໃໝ່ {{created}}, ປ່ຽນແປງ {{updated}}, ບໍ່ປ່ຽນແປງ {{unchanged}}, ຖືກປະຕິເສດ {{rejected}}',
  },
  importRejectedRows: { en: 'Rejected rows', lo: 'ແຖວທີ່ຖືກປະຕິເສດ' },
  importFixFirst: {
    en: 'Nothing can be imported while a row is rejected: fix the file and choose it again.',
    lo: 'ນຳເຂົ້າບໍ່ໄດ້ ຖ້າຍັງມີແຖວຖືກປະຕິເສດ: ກະລຸນາແກ້ໄຂໄຟລ໌ ແລ້ວເລືອກໃໝ່.',
  },
  importButton: { en: 'Import {{count}} rows', lo: 'ນຳເຂົ້າ {{count}} ແຖວ' },
  importDone: {
    en: 'Imported: {{created}} new, {{updated}} changed, {{unchanged}} unchanged.',
    lo: 'ນຳເຂົ້າແລ້ວ: ໃໝ່ {{created}}, ປ່ຽນແປງ {{updated}}, ບໍ່ປ່ຽນແປງ {{unchanged}}.',
  },
  importNothing: {
    en: 'Nothing to import: every row is already in the log.',
    lo: 'ບໍ່ມີຫຍັງຕ້ອງນຳເຂົ້າ: ທຸກແຖວມີຢູ່ໃນບັນທຶກແລ້ວ.',
  },
  importFailed: { en: 'Could not import: {{message}}', lo: 'ນຳເຂົ້າບໍ່ໄດ້: {{message}}' },
  importLink: { en: 'Import a station log (CSV)', lo: 'ນຳເຂົ້າບັນທຶກຂອງສະຖານີ (CSV)' },
  podcastArtwork: {
    en: 'Podcast apps want square artwork of 1400 to 3000 pixels, as JPEG or PNG. This file is {{size}}.',
    lo: 'ແອັບພອດແຄສຕ້ອງການຮູບສີ່ຫຼ່ຽມຈະຕຸລັດ ຂະໜາດ 1400 ຫາ 3000 ພິກເຊວ, ເປັນ JPEG ຫຼື PNG. ໄຟລ໌ນີ້ແມ່ນ {{size}}.',
  },
  podcastArtworkInUse: {
    en: 'This image is the podcast feeds’ artwork (Site settings → Podcast feeds). An admin must choose other artwork there first: podcast apps refuse a feed without it.',
    lo: 'ຮູບນີ້ແມ່ນຮູບປົກຂອງຟີດພອດແຄສ (ການຕັ້ງຄ່າເວັບໄຊ → ຟີດພອດແຄສ). ຜູ້ດູແລລະບົບຕ້ອງເລືອກຮູບປົກອື່ນຢູ່ບ່ອນນັ້ນກ່ອນ: ແອັບພອດແຄສບໍ່ຮັບຟີດທີ່ບໍ່ມີຮູບປົກ.',
  },
  podcastArtworkSmall: {
    en: 'Podcast apps want square artwork of at least 1400 × 1400 pixels; this picture is {{size}}. It still shows on the site.',
    lo: 'ແອັບພອດແຄສຕ້ອງການຮູບສີ່ຫຼ່ຽມຈະຕຸລັດ ຢ່າງໜ້ອຍ 1400 × 1400 ພິກເຊວ; ຮູບນີ້ແມ່ນ {{size}}. ມັນຍັງສະແດງຢູ່ໃນເວັບໄຊໄດ້.',
  },
  // Redirects (src/redirects).
  redirectPathStart: {
    en: '"{{value}}" must be a path on this site, starting with /, such as /r/1300.',
    lo: '"{{value}}" ຕ້ອງເປັນທີ່ຢູ່ໃນເວັບໄຊນີ້ ທີ່ຂຶ້ນຕົ້ນດ້ວຍ /, ເຊັ່ນ /r/1300.',
  },
  redirectNotSitePath: {
    en: '"{{value}}" is not a path on this site: write one such as /r/1300 (no "//", "\\", http: or other scheme). Addresses on other sites are not allowed.',
    lo: '"{{value}}" ບໍ່ແມ່ນທີ່ຢູ່ໃນເວັບໄຊນີ້: ຂຽນແບບ /r/1300 (ບໍ່ມີ "//", "\\", http: ຫຼື scheme ອື່ນ). ບໍ່ອະນຸຍາດທີ່ຢູ່ຂອງເວັບໄຊອື່ນ.',
  },
  redirectPathLong: {
    en: 'The path is too long: at most {{max}} characters.',
    lo: 'ທີ່ຢູ່ຍາວເກີນໄປ: ບໍ່ເກີນ {{max}} ຕົວອັກສອນ.',
  },
  redirectPathCharacters: {
    en: '"{{value}}" must not contain spaces or control characters.',
    lo: '"{{value}}" ຕ້ອງບໍ່ມີຍະຫວ່າງ ຫຼື ຕົວອັກສອນຄວບຄຸມ.',
  },
  redirectFromQuery: {
    en: '"{{value}}" must be a path only, without "?" or "#".',
    lo: '"{{value}}" ຕ້ອງເປັນ path ເທົ່ານັ້ນ, ບໍ່ມີ "?" ຫຼື "#".',
  },
  redirectReserved: {
    en: '"{{value}}" is an address Siang itself uses (the admin, the API, files, embeds, feeds or previews). Choose another, such as /r/1300.',
    lo: '"{{value}}" ເປັນທີ່ຢູ່ທີ່ ສຽງ ໃຊ້ເອງ (ໜ້າຜູ້ດູແລ, API, ໄຟລ໌, ການຝັງ, feed ຫຼື ການເບິ່ງຕົວຢ່າງ). ກະລຸນາເລືອກທີ່ຢູ່ອື່ນ, ເຊັ່ນ /r/1300.',
  },
  redirectLivePage: {
    en: '"{{value}}" is a page of the site: the page would always win over the redirect. Choose another address.',
    lo: '"{{value}}" ເປັນໜ້າໜຶ່ງຂອງເວັບໄຊ: ໜ້ານັ້ນຈະສະແດງກ່ອນສະເໝີ. ກະລຸນາເລືອກທີ່ຢູ່ອື່ນ.',
  },
  redirectTaken: {
    en: 'Another redirect already starts at "{{value}}": open that one instead.',
    lo: 'ມີການສົ່ງຕໍ່ອື່ນທີ່ເລີ່ມຈາກ "{{value}}" ແລ້ວ: ກະລຸນາເປີດອັນນັ້ນແທນ.',
  },
  redirectDestination: {
    en: 'Choose where the redirect goes: a document, or a path on this site (one of the two, not both).',
    lo: 'ເລືອກບ່ອນທີ່ຈະສົ່ງຕໍ່ໄປ: ເອກະສານໜຶ່ງ ຫຼື ທີ່ຢູ່ໜຶ່ງໃນເວັບໄຊນີ້ (ອັນໃດອັນໜຶ່ງ, ບໍ່ແມ່ນທັງສອງ).',
  },
  redirectToItself: {
    en: 'A redirect cannot go to its own address, or to a redirect that leads back to it.',
    lo: 'ການສົ່ງຕໍ່ບໍ່ສາມາດໄປຫາທີ່ຢູ່ຂອງມັນເອງ ຫຼື ການສົ່ງຕໍ່ທີ່ກັບມາຫາມັນໄດ້.',
  },
  // Reach's refusals (src/reach/errors.ts).
  reachSignIn: {
    en: 'Sign in as an editor or admin to see reach figures.',
    lo: 'ກະລຸນາເຂົ້າສູ່ລະບົບເປັນບັນນາທິການ ຫຼື ຜູ້ດູແລລະບົບ ເພື່ອເບິ່ງຕົວເລກການເຂົ້າເຖິງ.',
  },
  reachStaffOnly: {
    en: 'Reach figures are for editors and admins only.',
    lo: 'ຕົວເລກການເຂົ້າເຖິງແມ່ນສະເພາະບັນນາທິການ ແລະ ຜູ້ດູແລລະບົບເທົ່ານັ້ນ.',
  },
  reachBadPeriod: {
    en: '"period" must be a half-year such as 2020-H1 or 2020-H2.',
    lo: '"period" ຕ້ອງເປັນເຄິ່ງປີ ເຊັ່ນ 2020-H1 ຫຼື 2020-H2.',
  },
  reachBadLocale: { en: '"locale" must be lo or en.', lo: '"locale" ຕ້ອງເປັນ lo ຫຼື en.' },
  reachNoProvince: {
    en: 'There is no province with the code "{{code}}" (LA-VT, …).',
    lo: 'ບໍ່ມີແຂວງທີ່ມີລະຫັດ "{{code}}" (LA-VT, …).',
  },
  reachOtherProvince: {
    en: 'You report for your own provinces only, not {{code}}.',
    lo: 'ທ່ານລາຍງານໄດ້ສະເພາະແຂວງຂອງທ່ານເອງ, ບໍ່ແມ່ນ {{code}}.',
  },
} satisfies Record<string, Bilingual>

export type SiangKey = keyof typeof strings

/** The strings as Payload's `i18n.translations` takes them: per language, under `siang`. */
export const siangStrings = {
  en: { siang: inLanguage(strings, 'en') },
  lo: { siang: inLanguage(strings, 'lo') },
}

/** Says one of Siang's strings, with its `{{placeholders}}` filled. */
export type Say = (key: SiangKey, vars?: Record<string, unknown>) => string

const fill = (text: string, vars: Record<string, unknown> = {}) =>
  text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  )

/** In one language, whatever the admin's: for a report printed in Lao or English. */
export const sayIn =
  (language: Locale): Say =>
  (key, vars) =>
    fill(strings[key][language], vars)

/** In English: for checks that run with no request (pure helpers, scripts, tests). */
export const english: Say = sayIn('en')
