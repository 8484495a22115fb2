import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'
import { setting } from '../lib/env'

const FROM_ADDRESS = setting('SMTP_FROM') ?? 'no-reply@siang.local'
const FROM_NAME = 'Siang'

/**
 * Without SMTP, mail is written to the server log instead of being sent, so that a password
 * reset link still reaches an admin who can read the log.
 */
const logEmailAdapter: EmailAdapter = ({ payload }) => ({
  name: 'log',
  defaultFromAddress: FROM_ADDRESS,
  defaultFromName: FROM_NAME,
  sendEmail: async (message) => {
    const html = typeof message.html === 'string' ? message.html : ''
    const links = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1])
    payload.logger.info(
      `[email not sent: SMTP is not configured] to=${String(message.to)} subject="${message.subject}"` +
        (links.length ? ` link=${links.join(' ')}` : ''),
    )
    return { logged: true }
  },
})

export function emailAdapter() {
  const host = setting('SMTP_HOST')
  const user = setting('SMTP_USER')
  if (!host) return logEmailAdapter
  return nodemailerAdapter({
    defaultFromAddress: FROM_ADDRESS,
    defaultFromName: FROM_NAME,
    // nodemailer 10 (pinned for its security fixes) types `auth` with the transport's options;
    // @payloadcms/email-nodemailer 3.90 types these as a bare connection's. Nodemailer takes both.
    transportOptions: {
      host,
      port: Number(setting('SMTP_PORT') ?? 587),
      secure: setting('SMTP_SECURE') === 'true',
      auth: user ? { user, pass: setting('SMTP_PASS') } : undefined,
    } as never,
  })
}
