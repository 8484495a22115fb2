import net from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { SMTPServer } from 'smtp-server'
import { bootPayload, engine } from '../helpers/payload'

let payload: Payload
let smtp: SMTPServer
const received: { to: string[]; body: string }[] = []

function listen(server: SMTPServer): Promise<number> {
  return new Promise((resolve, reject) => {
    server.listen(0, '127.0.0.1', () => resolve((server.server.address() as net.AddressInfo).port))
    server.on('error', reject)
  })
}

beforeAll(async () => {
  // A real SMTP server on loopback; Siang is configured for it through the environment only.
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let body = ''
      stream.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), body })
        callback()
      })
    },
  })
  const port = await listen(smtp)
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(port)
  process.env.SMTP_SECURE = 'false'
  process.env.SMTP_FROM = 'siang@committee.test'
  payload = await bootPayload()
})

afterAll(async () => {
  await payload?.destroy()
  await new Promise<void>((resolve) => smtp.close(() => resolve()))
})

describe(`password reset by email (${engine})`, () => {
  it('sends the reset link through SMTP when SMTP_HOST is set', async () => {
    await payload.create({
      collection: 'users',
      data: { email: 'officer@province.test', password: 'an old password', roles: ['editor'] },
    })
    await payload.forgotPassword({ collection: 'users', data: { email: 'officer@province.test' } })
    for (let i = 0; i < 50 && received.length === 0; i++)
      await new Promise((r) => setTimeout(r, 100))
    expect(received).toHaveLength(1)
    expect(received[0].to).toEqual(['officer@province.test'])
    const body = received[0].body.replace(/=\r?\n/g, '')
    expect(body).toMatch(/\/admin\/reset\/[0-9a-f]{20,}/)
    expect(body).toMatch(/From: .*siang@committee\.test/)
  })
})
