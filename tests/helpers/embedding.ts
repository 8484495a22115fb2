import { afterAll, beforeAll, expect } from '@jest/globals'
import { adminLogin, api } from './http'

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
