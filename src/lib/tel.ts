/** A `tel:` link for a number as people write it ("1300", "+856 21 ..."): digits and + only. */
export const telHref = (number: string): string => `tel:${number.replace(/[^+0-9]/g, '')}`
