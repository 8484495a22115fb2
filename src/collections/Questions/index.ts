import type { CollectionConfig } from 'payload'
import { admins } from '../../access/admins'
import { writtenBySiangOnly } from '../../access/fieldAccess'
import { keepWithinOwnProvinces, ownProvinceAccess } from '../../access/provinces'
import { mustExist } from '../../fields/mustExist'
import {
  CONTACT_MAX,
  MESSAGE_MAX,
  questionLanguages,
  questionStatuses,
  type QuestionStatus,
} from '../../help/limits'
import { glossary, labelsOf } from '../../i18n/glossary'
import { roleGroups } from '../../lib/roles'
import { slugs } from '../../lib/slugs'
import { eraseContactOnRequest } from './hooks/eraseContactOnRequest'
import { stampClosedAt } from './hooks/stampClosedAt'
import { nobody } from '../../access/nobody'

/**
 * Staff only: a provincial editor sees and answers its own provinces' questions; the national
 * level sees them all, those with no province too. Partners and the public see none.
 */
const staffInScope = ownProvinceAccess('province', roleGroups.staff)

const statusLabels: Record<QuestionStatus, { en: string; lo: string }> = {
  new: { en: 'New', lo: 'ໃໝ່' },
  'in-progress': { en: 'In progress', lo: 'ກຳລັງດຳເນີນການ' },
  referred: { en: 'Referred', lo: 'ສົ່ງຕໍ່ແລ້ວ' },
  closed: { en: 'Closed', lo: 'ປິດແລ້ວ' },
}

/**
 * Anonymous questions and reports from the help page. They arrive only through
 * `POST /api/questions` (src/help), never through Payload's create, and carry nothing about the
 * sender but what they wrote. Not versioned, not searched, not in GraphQL.
 */
export const Questions: CollectionConfig = {
  slug: slugs.questions,
  labels: labelsOf(glossary.question),
  admin: {
    useAsTitle: 'message',
    group: { en: 'Help', lo: 'ການຊ່ວຍເຫຼືອ' },
    defaultColumns: ['message', 'province', 'status', 'createdAt'],
    description: {
      en: 'Questions and reports sent from the help page, anonymously. Contact details are erased automatically some days after a question is closed.',
      lo: 'ຄຳຖາມ ແລະ ການລາຍງານທີ່ສົ່ງມາຈາກໜ້າຊ່ວຍເຫຼືອ ໂດຍບໍ່ລະບຸຊື່. ຂໍ້ມູນຕິດຕໍ່ຈະຖືກລຶບອັດຕະໂນມັດ ຫຼັງຈາກປິດຄຳຖາມໄດ້ຈຳນວນມື້ໜຶ່ງ.',
    },
  },
  defaultSort: '-createdAt',
  graphQL: false,
  access: { read: staffInScope, update: staffInScope, create: nobody, delete: admins },
  hooks: {
    beforeChange: [
      keepWithinOwnProvinces((_, doc) => doc.province),
      stampClosedAt,
      eraseContactOnRequest,
    ],
  },
  fields: [
    // What the sender wrote stays as they wrote it: staff answer it, they do not edit it.
    {
      name: 'message',
      type: 'textarea',
      required: true,
      maxLength: MESSAGE_MAX,
      access: writtenBySiangOnly,
      label: { en: 'Message', lo: 'ຂໍ້ຄວາມ' },
      admin: { readOnly: true },
    },
    {
      name: 'province',
      type: 'relationship',
      relationTo: slugs.provinces,
      filterOptions: mustExist,
      index: true,
      label: glossary.province,
      admin: {
        position: 'sidebar',
        description: {
          en: 'Empty when the sender did not say: then only the national level sees it.',
          lo: 'ຫວ່າງເມື່ອຜູ້ສົ່ງບໍ່ໄດ້ບອກ: ສະເພາະລະດັບຊາດເຫັນ.',
        },
      },
    },
    {
      name: 'contact',
      type: 'text',
      maxLength: CONTACT_MAX,
      access: writtenBySiangOnly,
      label: { en: 'How to reach them', lo: 'ວິທີຕິດຕໍ່ກັບ' },
      admin: { readOnly: true },
    },
    {
      name: 'eraseContact',
      type: 'checkbox',
      virtual: true,
      label: { en: 'Erase the contact details now', lo: 'ລຶບຂໍ້ມູນຕິດຕໍ່ດຽວນີ້' },
      admin: {
        // Payload locks a virtual field in the form unless told otherwise: this one is for staff.
        readOnly: false,
        condition: (data) => Boolean(data?.contact),
        description: {
          en: 'On saving, the contact is erased for good. Otherwise it is erased automatically some days after the question is closed.',
          lo: 'ເມື່ອບັນທຶກ, ຂໍ້ມູນຕິດຕໍ່ຈະຖືກລຶບຖາວອນ. ຖ້າບໍ່ດັ່ງນັ້ນ ຈະຖືກລຶບອັດຕະໂນມັດ ຫຼັງຈາກປິດຄຳຖາມໄດ້ຈຳນວນມື້ໜຶ່ງ.',
        },
      },
    },
    {
      name: 'language',
      type: 'select',
      required: true,
      defaultValue: 'lo',
      options: questionLanguages.map((value) => ({
        value,
        label: value === 'lo' ? { en: 'Lao', lo: 'ລາວ' } : { en: 'English', lo: 'ອັງກິດ' },
      })),
      access: writtenBySiangOnly,
      label: { en: 'Language', lo: 'ພາສາ' },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'new',
      index: true,
      options: questionStatuses.map((value) => ({ value, label: statusLabels[value] })),
      label: { en: 'Status', lo: 'ສະຖານະ' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'notes',
      type: 'textarea',
      label: { en: 'Staff notes', lo: 'ບັນທຶກຂອງພະນັກງານ' },
      admin: {
        description: {
          en: 'Seen by staff only. Write what was done, not more about the person than needed.',
          lo: 'ສະເພາະພະນັກງານເຫັນ. ຂຽນສິ່ງທີ່ໄດ້ເຮັດ, ບໍ່ຂຽນກ່ຽວກັບບຸກຄົນເກີນຄວາມຈຳເປັນ.',
        },
      },
    },
    {
      name: 'referredTo',
      type: 'relationship',
      relationTo: slugs.services,
      label: { en: 'Referred to', lo: 'ສົ່ງຕໍ່ໄປຫາ' },
      admin: {
        description: {
          en: 'The service in the help directory the person was referred to.',
          lo: 'ບ່ອນໃຫ້ຄວາມຊ່ວຍເຫຼືອໃນລາຍຊື່ ທີ່ໄດ້ສົ່ງຕໍ່ບຸກຄົນນີ້ໄປຫາ.',
        },
      },
    },
    {
      name: 'closedAt',
      type: 'date',
      index: true,
      access: writtenBySiangOnly,
      label: { en: 'Closed at', lo: 'ປິດເມື່ອ' },
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'contactErasedAt',
      type: 'date',
      access: writtenBySiangOnly,
      label: { en: 'Contact erased at', lo: 'ລຶບຂໍ້ມູນຕິດຕໍ່ເມື່ອ' },
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
