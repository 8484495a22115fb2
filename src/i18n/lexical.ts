/**
 * The rich text editor's strings in Lao. @payloadcms/richtext-lexical keeps them per feature
 * (`lexical:{feature}:{key}`) and general ones under `lexical:general`, for its own languages
 * only; tests/unit/admin-i18n.test.ts checks these against its English.
 */
export const lexicalLo = {
  lexical: {
    general: {
      placeholder: "ເລີ່ມພິມ, ຫຼື ກົດ '/' ເພື່ອເບິ່ງຄຳສັ່ງ...",
      slashMenuBasicGroupLabel: 'ພື້ນຖານ',
      slashMenuListGroupLabel: 'ລາຍການ',
      toolbarItemsActive: '{{count}} ເປີດໃຊ້ຢູ່',
    },
    align: {
      alignCenterLabel: 'ຈັດກາງ',
      alignJustifyLabel: 'ຈັດເຕັມແຖວ',
      alignLeftLabel: 'ຈັດຊ້າຍ',
      alignRightLabel: 'ຈັດຂວາ',
    },
    blockquote: { label: 'ຄຳອ້າງອີງ' },
    blocks: {
      inlineBlocks: {
        create: 'ສ້າງ {{label}}',
        edit: 'ແກ້ໄຂ {{label}}',
        label: 'ບລັອກໃນແຖວ',
        remove: 'ເອົາ {{label}} ອອກ',
      },
      label: 'ບລັອກ',
    },
    heading: { label: 'ຫົວຂໍ້ {{headingLevel}}' },
    horizontalRule: { label: 'ເສັ້ນຂັ້ນ' },
    indent: { decreaseLabel: 'ຫຍໍ້ເຂົ້າໜ້ອຍລົງ', increaseLabel: 'ຫຍໍ້ເຂົ້າຫຼາຍຂຶ້ນ' },
    link: { label: 'ລິ້ງ', loadingWithEllipsis: 'ກຳລັງໂຫຼດ...' },
    checklist: { label: 'ລາຍການກວດ' },
    orderedList: { label: 'ລາຍການລຽງເລກ' },
    unorderedList: { label: 'ລາຍການຈຸດ' },
    paragraph: { label: 'ຫຍໍ້ໜ້າ', label2: 'ຂໍ້ຄວາມທຳມະດາ' },
    relationship: { label: 'ການເຊື່ອມໂຍງ' },
    textState: { defaultStyle: 'ຮູບແບບປົກກະຕິ' },
    upload: { label: 'ອັບໂຫຼດ' },
  },
}
