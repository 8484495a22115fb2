import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { adminLogin, api, login, server } from '../helpers/http'

let admin: string
const run = Date.now()

async function newUser(
  role = 'editor',
  password = 'first password 123',
): Promise<{ id: number | string; email: string }> {
  const email = `auth-${role}-${run}-${Math.random().toString(36).slice(2, 7)}@http.test`
  const res = await api<{ doc: { id: number | string } }>('/api/users', {
    method: 'POST',
    token: admin,
    body: { email, password, roles: [role] },
  })
  expect(res.status).toBe(201)
  return { id: res.body.doc.id, email }
}

beforeAll(async () => {
  admin = await adminLogin()
})

describe('accounts', () => {
  it('lets an admin set a new password for any user', async () => {
    const { id, email } = await newUser()
    const res = await api(`/api/users/${id}`, {
      method: 'PATCH',
      token: admin,
      body: { password: 'set by the admin 456' },
    })
    expect(res.status).toBe(200)
    await expect(login(email, 'set by the admin 456')).resolves.toBeTruthy()
    await expect(login(email, 'first password 123')).rejects.toThrow(/401/)
  })

  it('writes the reset link to the server log when SMTP is not configured', async () => {
    const { email } = await newUser()
    const res = await api('/api/users/forgot-password', { method: 'POST', body: { email } })
    expect(res.status).toBe(200)
    const logFile = path.join(server().dir, 'server.log')
    let log = ''
    for (let i = 0; i < 20 && !log.includes(email); i++) {
      await new Promise((r) => setTimeout(r, 100))
      log = fs.readFileSync(logFile, 'utf8')
    }
    const line = log.split('\n').find((l) => l.includes(email)) ?? ''
    expect(line).toMatch(new RegExp(`${server().url}/admin/reset/[0-9a-f]{20,}`))
  })

  it('refuses with 403 an editor who tries to make itself an admin', async () => {
    const { email } = await newUser('editor', 'editor password 789')
    const token = await login(email, 'editor password 789')
    const me = await api<{ user: { id: number | string } }>('/api/users/me', { token })
    const res = await api<{ errors: { message: string }[] }>(`/api/users/${me.body.user.id}`, {
      method: 'PATCH',
      token,
      body: { roles: ['admin'] },
    })
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toMatch(/Only an admin can change roles/)
    const name = await api(`/api/users/${me.body.user.id}`, {
      method: 'PATCH',
      token,
      body: { name: 'Noy' },
    })
    expect(name.status).toBe(200)
  })

  it('refuses anonymous writes with 403 and a message', async () => {
    const res = await api<{ errors: { message: string }[] }>('/api/songs', {
      method: 'POST',
      body: { title: 'x' },
    })
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toBeTruthy()
  })
})

describe('public reference data', () => {
  it('lists the 18 provinces with ISO codes and both languages', async () => {
    const lo = await api<{ docs: { code: string; title: string }[]; totalDocs: number }>(
      '/api/provinces?limit=50&locale=lo',
    )
    expect(lo.body.totalDocs).toBe(18)
    const vt = lo.body.docs.find((p) => p.code === 'LA-VT')
    expect(vt?.title).toBe('ນະຄອນຫຼວງວຽງຈັນ')
    const en = await api<{ docs: { code: string; title: string }[] }>(
      '/api/provinces?limit=50&locale=en',
    )
    expect(en.body.docs.find((p) => p.code === 'LA-VT')?.title).toBe('Vientiane Capital')
  })

  it('lets anyone read site settings, with the hotline', async () => {
    const res = await api<{ hotlines: { number: string }[] }>('/api/globals/site-settings')
    expect(res.status).toBe(200)
    expect(res.body.hotlines.map((h) => h.number)).toContain('1300')
  })

  it('shows a partner’s public fields but not its contacts or embed origins', async () => {
    const created = await api<{ doc: { id: number } }>('/api/partners', {
      method: 'POST',
      token: admin,
      body: {
        title: 'UN agency',
        kind: 'un',
        website: 'https://un.example.org',
        contacts: [{ name: 'Focal point', email: 'focal@un.example.org' }],
        allowedEmbedOrigins: [{ origin: 'https://un.example.org' }],
      },
    })
    expect(created.status).toBe(201)
    const res = await api<Record<string, unknown>>(`/api/partners/${created.body.doc.id}`)
    expect(res.body.title).toBe('UN agency')
    expect(res.body.website).toBe('https://un.example.org')
    expect(res.body.contacts ?? []).toEqual([])
    expect(res.body.allowedEmbedOrigins ?? []).toEqual([])
    expect(JSON.stringify(res.body)).not.toContain('focal@un.example.org')
    const staff = await api<Record<string, unknown>>(`/api/partners/${created.body.doc.id}`, {
      token: admin,
    })
    expect(JSON.stringify(staff.body)).toContain('focal@un.example.org')
  })

  it('refuses an embed origin that is not a well-formed https origin, with 400', async () => {
    const res = await api<{ errors: { data?: { errors: { message: string }[] } }[] }>(
      '/api/partners',
      {
        method: 'POST',
        token: admin,
        body: {
          title: 'Bad origins',
          kind: 'ngo',
          allowedEmbedOrigins: [{ origin: 'http://insecure.example.org/page' }],
        },
      },
    )
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toMatch(/https/)
  })
})
