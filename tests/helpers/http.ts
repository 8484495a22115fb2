import http from 'node:http'
import fs from 'node:fs'
import { ADMIN_EMAIL, ADMIN_PASSWORD, type ServerState } from '../../tooling/server'
import { stateFile } from '../http/state'

export function server(): ServerState {
  return JSON.parse(
    fs.readFileSync(process.env.SIANG_HTTP_STATE || stateFile, 'utf8'),
  ) as ServerState
}

export type Reply<T = Record<string, unknown>> = { status: number; body: T; headers: Headers }

/** A body as JSON when it parses, otherwise as text. */
function jsonOrText(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

/**
 * A JSON request to the running server (or to `base`, another server); `token` signs it in as a
 * user (Authorization: JWT).
 */
export async function api<T = Record<string, unknown>>(
  path: string,
  {
    method = 'GET',
    body,
    token,
    headers = {},
    base = server().url,
  }: {
    method?: string
    body?: unknown
    token?: string
    headers?: Record<string, string>
    base?: string
  } = {},
): Promise<Reply<T>> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...(token ? { Authorization: `JWT ${token}` } : {}),
      ...headers,
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
    redirect: 'manual',
  })
  return { status: res.status, body: jsonOrText(await res.text()) as T, headers: res.headers }
}

export async function login(email: string, password: string): Promise<string> {
  const res = await api<{ token?: string; errors?: unknown }>('/api/users/login', {
    method: 'POST',
    body: { email, password },
  })
  if (res.status !== 200 || !res.body.token) {
    throw new Error(`login of ${email} failed: ${res.status} ${JSON.stringify(res.body)}`)
  }
  return res.body.token
}

export const adminLogin = () => login(ADMIN_EMAIL, ADMIN_PASSWORD)

/** A new partner organisation and a user of it, made by the admin; returns the user's token. */
export async function partnerLogin(admin: string, tag: string): Promise<string> {
  const org = await api<{ doc: { id: number } }>('/api/partners', {
    method: 'POST',
    token: admin,
    body: { title: `Partner ${tag}`, kind: 'ngo' },
  })
  if (org.status !== 201)
    throw new Error(`partner ${tag}: ${org.status} ${JSON.stringify(org.body)}`)
  const email = `partner-${tag}@http.test`
  const password = 'a long enough password'
  const user = await api('/api/users', {
    method: 'POST',
    token: admin,
    body: { email, password, roles: ['partner'], partner: org.body.doc.id },
  })
  if (user.status !== 201)
    throw new Error(`user ${email}: ${user.status} ${JSON.stringify(user.body)}`)
  return login(email, password)
}

export type MediaWithCopy = {
  id: number
  filename: string
  filesize: number
  liteStatus?: string
  lite?: number | null
}

/**
 * Waits for the server's job runner (or that of `base`, another server) to make, or fail, the
 * data-saver copy of a file.
 */
export async function madeCopy(
  filename: string,
  token: string,
  base = server().url,
): Promise<MediaWithCopy> {
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    const res = await api<{ docs: MediaWithCopy[] }>(
      `/api/media?where[filename][equals]=${filename}&depth=0`,
      { token, base },
    )
    const doc = res.body.docs[0]
    if (doc?.liteStatus === 'done' || doc?.liteStatus === 'failed') return doc
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`no data-saver copy of ${filename} within 120 s`)
}

/**
 * Waits until no data-saver copy is waiting or being made, so that a test counting media
 * documents and files is not surprised by the server's job runner adding some.
 */
export async function copiesSettled(token: string): Promise<void> {
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    const res = await api<{ totalDocs: number }>(
      '/api/media?limit=0&where[liteStatus][in]=queued,working,retrying',
      { token },
    )
    if (res.body.totalDocs === 0) return
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error('data-saver copies still being made after 120 s')
}

/** A new staff user of `role` (with `extra`, such as provinces), made by the admin; returns its token. */
export async function staffLogin(
  admin: string,
  role: 'editor' | 'provincial-editor' | 'reviewer',
  tag: string,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const email = `${role}-${tag}@http.test`
  const password = 'a long enough password'
  const user = await api('/api/users', {
    method: 'POST',
    token: admin,
    body: { email, password, roles: [role], ...extra },
  })
  if (user.status !== 201)
    throw new Error(`user ${email}: ${user.status} ${JSON.stringify(user.body)}`)
  return login(email, password)
}

/** A multipart upload to /api/media as `token`, with `data` as its `_payload`. */
export async function uploadMedia<T = Record<string, unknown>>(
  token: string,
  file: { name: string; bytes: Buffer | string; type: string } | null,
  data: Record<string, unknown> = { alt: 'test' },
): Promise<Reply<T>> {
  const form = new FormData()
  if (file)
    form.append(
      'file',
      new Blob([typeof file.bytes === 'string' ? file.bytes : new Uint8Array(file.bytes)], {
        type: file.type,
      }),
      file.name,
    )
  form.append('_payload', JSON.stringify(data))
  const res = await fetch(`${server().url}/api/media`, {
    method: 'POST',
    headers: { Authorization: `JWT ${token}` },
    body: form,
  })
  return { status: res.status, body: jsonOrText(await res.text()) as T, headers: res.headers }
}

/**
 * A JSON request sent from another local address (127.0.0.0/8 is all loopback on Linux), so the
 * server sees a different client on its socket. For tests of what is keyed on the address.
 */
export function apiFrom<T = Record<string, unknown>>(
  localAddress: string,
  path: string,
  {
    method = 'GET',
    body,
    token,
    headers = {},
  }: { method?: string; body?: unknown; token?: string; headers?: Record<string, string> } = {},
): Promise<Reply<T>> {
  const url = new URL(path, server().url)
  const payload =
    body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: url.port,
        path: url.pathname + url.search,
        method,
        localAddress,
        headers: {
          ...(payload !== undefined && typeof body !== 'string'
            ? { 'Content-Type': 'application/json' }
            : {}),
          ...(token ? { Authorization: `JWT ${token}` } : {}),
          ...headers,
        },
      },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (c) => (text += c))
        res.on('end', () => {
          const parsed = jsonOrText(text)
          const h = new Headers()
          for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') h.set(k, v)
          resolve({ status: res.statusCode ?? 0, body: parsed as T, headers: h })
        })
      },
    )
    req.on('error', reject)
    req.end(payload)
  })
}
