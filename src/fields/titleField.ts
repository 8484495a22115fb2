import type { TextField } from 'payload'

type Overrides = Partial<Omit<TextField, 'type' | 'name'>>

export function titleField(overrides: Overrides = {}): TextField {
  return {
    name: 'title',
    type: 'text',
    localized: true,
    required: true,
    label: { en: 'Title', lo: 'ຫົວຂໍ້' },
    ...overrides,
  } as TextField
}
