import { afterAll, beforeAll, expect } from '@jest/globals'
import { adminLogin, api, server } from './http'

async function setEmbedAnywhere(anywhere: boolean): Promise<boolean> {
  const admin = await adminLogin()
  const before = await api<{ embedAnywhere?: boolean | null }>(
    '/api/globals/site-settings?depth=0',
    { token: admin },
  )
  const res = await api('/api/globals/site-settings', {
    method: 'POST',
    token: admin,
    body: { embedAnywhere: anywhere },
  })
  expect(res.status).toBe(200)
  return Boolean(before.body.embedAnywhere)
}

/**
 * For the tests of one file: whether any site may embed the players (the seed's default) or only
 * registered partners' sites, put back as it was after the file.
 */
export function embeddingDuringFile(mode: 'anywhere' | 'partners-only'): void {
  let before = true
  beforeAll(async () => {
    before = await setEmbedAnywhere(mode === 'anywhere')
  })
  afterAll(async () => {
    await setEmbedAnywhere(before)
  })
}

/** A page of the running server, as a browser would get it, without following redirects. */
export async function getPage(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${server().url}${path}`, { redirect: 'manual', headers })
  return { status: res.status, headers: res.headers, text: await res.text() }
}

/** One directive of a Content-Security-Policy: `frame-ancestors` → `'self' https://…`. */
export const cspDirective = (csp: string | null, name: string) =>
  new RegExp(`${name} ([^;]+)`).exec(csp ?? '')?.[1]
