import type { SelectField } from 'payload'
import { performanceLanguages } from '../lib/audiences'

/** The language a song or spot is performed in (Lao, Hmong, Khmu, English, Thai). */
export function languageField(label: { en: string; lo: string }): SelectField {
  return {
    name: 'language',
    type: 'select',
    defaultValue: 'lo',
    options: performanceLanguages.map(({ value, label }) => ({ value, label: { ...label } })),
    label,
  }
}
