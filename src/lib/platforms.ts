/**
 * Social platforms and the longest post text each accepts, in characters (as each platform
 * counts them for the post body or caption).
 */

export const platforms = [
  { value: 'facebook', label: 'Facebook', maxLength: 63206 },
  { value: 'tiktok', label: 'TikTok', maxLength: 2200 },
  { value: 'youtube', label: 'YouTube', maxLength: 5000 },
  { value: 'instagram', label: 'Instagram', maxLength: 2200 },
  { value: 'x', label: 'X', maxLength: 280 },
  { value: 'whatsapp', label: 'WhatsApp', maxLength: 65536 },
  { value: 'line', label: 'LINE', maxLength: 5000 },
  { value: 'telegram', label: 'Telegram', maxLength: 4096 },
] as const

export type Platform = (typeof platforms)[number]['value']

/** Says that a post passes a platform's limit, in the reader's language (Siang's strings fit). */
export type SayTooLong = (
  key: 'platformTooLong',
  vars: { platform: string; max: number; length: number },
) => string

/**
 * The text that goes out is the body followed by the hashtags. Returns one message per platform
 * whose limit it passes, naming the platform, or an empty list.
 */
export function platformLengthErrors(
  chosen: readonly string[],
  body: string,
  hashtags: readonly string[],
  say: SayTooLong,
): string[] {
  const tags = hashtags.filter(Boolean).map((t) => (t.startsWith('#') ? t : `#${t}`))
  const text = [body, tags.join(' ')].filter(Boolean).join('\n\n')
  const length = text.length
  return platforms
    .filter((p) => chosen.includes(p.value) && length > p.maxLength)
    .map((p) => say('platformTooLong', { platform: p.label, max: p.maxLength, length }))
}
