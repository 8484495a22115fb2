/** Reporting periods are half-years, as the committees report: `2020-H1` (January to June), `2020-H2`. */
export const PERIOD = /^(\d{4})-H([12])$/
