import type { Media } from '@/payload-types'
import { populated } from '@/lib/populated'

/** A populated media document, or null. */
export const asMedia = (value: unknown): Media | null => populated<Media>(value)
