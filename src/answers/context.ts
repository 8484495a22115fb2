/**
 * The key an answer is added up under, besides what was answered: the half-year, and the
 * profile with the province as its id.
 */
import type { Profile } from '../lib/profile'
import { periodOf } from '../reach/periods'
import { taxonomies } from '../site/data'

export type AnswerContext = {
  period: string
  ageBand: Profile['ageBand']
  sex: Profile['sex']
  province: number | null
}

/** The context to add up under, or null when the province code names no province. */
export async function contextOf(profile: Profile): Promise<AnswerContext | null> {
  let province: number | null = null
  if (profile.province) {
    const { provinces } = await taxonomies('lo')
    const found = provinces.find((p) => p.code === profile.province)
    if (!found) return null
    province = found.id
  }
  return { period: periodOf(), ageBand: profile.ageBand, sex: profile.sex, province }
}
