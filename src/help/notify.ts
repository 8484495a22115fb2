import type { Payload, Where } from 'payload'
import { roleGroups } from '../lib/roles'
import { slugs } from '../lib/slugs'

/** At most this many people are told of one question: a province's focal points, or the admins. */
const MAX_RECIPIENTS = 50

/**
 * The notice about a new question: only a link to it in the admin. Never the message, the
 * contact, or anything else the sender wrote, since mail passes through other hands.
 */
export function questionNotice(serverURL: string, id: number | string) {
  const link = `${serverURL.replace(/\/$/, '')}/admin/collections/${slugs.questions}/${id}`
  return {
    subject: 'ມີຄຳຖາມໃໝ່ໃນ Siang / A new question in Siang',
    text:
      `ມີຄຳຖາມໃໝ່ທີ່ສົ່ງມາຈາກໜ້າຊ່ວຍເຫຼືອ. ເຂົ້າລະບົບເພື່ອອ່ານ:\n${link}\n\n` +
      `A new question came in from the help page. Sign in to read it:\n${link}\n`,
    html:
      `<p lang="lo">ມີຄຳຖາມໃໝ່ທີ່ສົ່ງມາຈາກໜ້າຊ່ວຍເຫຼືອ. ເຂົ້າລະບົບເພື່ອອ່ານ:</p>` +
      `<p lang="en">A new question came in from the help page. Sign in to read it:</p>` +
      `<p><a href="${link}">${link}</a></p>`,
  }
}

type Person = { email?: string | null }

const emailsOf = (docs: Person[]) =>
  [...new Set(docs.map((u) => u.email).filter((e): e is string => Boolean(e)))].slice(
    0,
    MAX_RECIPIENTS,
  )

/**
 * Who hears of a question: its province's focal points (accounts chosen on the province), or
 * the admins when it names no province or the province has none.
 */
export async function noticeRecipients(
  payload: Payload,
  province: number | string | null,
): Promise<string[]> {
  if (province !== null) {
    const doc = await payload.findByID({
      collection: slugs.provinces,
      id: province,
      depth: 0,
      disableErrors: true,
    })
    const ids = ((doc as { focalPoints?: unknown } | null)?.focalPoints ?? []) as (
      number | string
    )[]
    if (ids.length > 0) {
      const { docs } = await payload.find({
        collection: slugs.users,
        // Someone who has since left the staff is told no more.
        where: { and: [{ id: { in: ids } }, { roles: { in: [...roleGroups.staff] } }] },
        depth: 0,
        limit: MAX_RECIPIENTS,
        pagination: false,
      })
      const emails = emailsOf(docs as Person[])
      if (emails.length > 0) return emails
    }
  }
  const admins: Where = { roles: { in: [...roleGroups.admins] } }
  const { docs } = await payload.find({
    collection: slugs.users,
    where: admins,
    depth: 0,
    limit: MAX_RECIPIENTS,
    pagination: false,
  })
  return emailsOf(docs as Person[])
}

/**
 * Tells the focal points of a new question, one mail each: no one learns who else was told, and
 * one address that fails does not stop the others. A failure is logged, never passed to the
 * sender.
 */
export async function notifyFocalPoints(
  payload: Payload,
  question: { id: number | string; province: number | string | null },
): Promise<void> {
  let recipients: string[]
  try {
    recipients = await noticeRecipients(payload, question.province)
  } catch (err) {
    payload.logger.error({ err, msg: `[questions] the notice of question ${question.id} failed` })
    return
  }
  const notice = questionNotice(payload.config.serverURL, question.id)
  for (const to of recipients) {
    try {
      await payload.sendEmail({ to, ...notice })
    } catch (err) {
      payload.logger.error({
        err,
        msg: `[questions] the notice of question ${question.id} to one focal point failed`,
      })
    }
  }
}
