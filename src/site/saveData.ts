import { headers } from 'next/headers'

/** The visitor asked for less data (`Save-Data: on`, set by data-saver modes on phones). */
export async function savesData(): Promise<boolean> {
  return (await headers()).get('save-data')?.toLowerCase() === 'on'
}

const smaller = { hero: 'card', card: 'thumbnail', thumbnail: 'thumbnail' } as const

/** The picture size to send: one step smaller for a visitor who saves data. */
export function sizeFor<S extends keyof typeof smaller>(
  size: S,
  lite: boolean,
): (typeof smaller)[keyof typeof smaller] | S {
  return lite ? smaller[size] : size
}
