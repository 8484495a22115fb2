import fs from 'node:fs'
import { ADMIN_EMAIL, ADMIN_PASSWORD, stateFile, type ServerState } from '../http/server'

export function server(): ServerState {
  return JSON.parse(
    fs.readFileSync(process.env.SIANG_HTTP_STATE || stateFile, 'utf8'),
  ) as ServerState
}

export type Reply<T = Record<string, unknown>> = { status: number; body: T; headers: Headers }

/** A JSON request to the running server; `token` signs it in as a user (Authorization: JWT). */
export async function api<T = Record<string, unknown>>(
  path: string,
  {
    method = 'GET',
    body,
    token,
    headers = {},
  }: { method?: string; body?: unknown; token?: string; headers?: Record<string, string> } = {},
): Promise<Reply<T>> {
  const res = await fetch(`${server().url}${path}`, {
    method,
    headers: {
      ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...(token ? { Authorization: `JWT ${token}` } : {}),
      ...headers,
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
    redirect: 'manual',
  })
  const text = await res.text()
  let parsed: unknown = text
  try {
    parsed = JSON.parse(text)
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, body: parsed as T, headers: res.headers }
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
