/**
 * Downloads from podcast apps, counted on the server as the IAB Podcast Measurement Technical
 * Guidelines (2.1) count them, and as Castopod does: podcast apps run no script, so the beacon
 * never hears them.
 * - A listener is a hash of the address and the agent with a salt that is random, kept only in
 *   memory and replaced every day (a Lao day, as the counts are kept): nothing that names a listener is stored, or kept past the day.
 * - `Range: bytes=0-1` (and 0-0) probes and known bots are not downloads.
 * - A listener's requests for one item add up; the item counts once per listener and day, when
 *   they cover its first minute (or the whole file, if shorter).
 * - Memory is bounded, and an address counts a few agents per item and day at most (`Limits`);
 *   the route also limits how fast one address is counted (src/site/feeds/download.ts).
 */
import { createHash, randomBytes } from 'node:crypto'
import { laoDay } from '../lib/laoTime'
import { isBot } from './beacon'

/** The bytes a request asks for, from its Range header; null for a probe, which is not a listen. */
export function requestedBytes(range: string | null, size: number): number | null {
  if (!range) return size
  const match = /^bytes=(\d*)-(\d*)$/.exec(range.trim())
  if (!match) return size
  const [first, last] = [
    match[1] === '' ? null : Number(match[1]),
    match[2] === '' ? null : Number(match[2]),
  ]
  if (first === 0 && (last === 0 || last === 1)) return null
  if (first === null) return Math.min(size, last ?? 0)
  return Math.max(0, Math.min(last ?? size - 1, size - 1) - first + 1)
}

/** The bytes of an item's first minute: by its own rate, or the whole file when shorter. */
export const firstMinuteBytes = (size: number, seconds: number | null | undefined) =>
  seconds && seconds > 60 ? Math.ceil((size / seconds) * 60) : size

export type Download = {
  address: string
  agent: string
  /** The item, as `type/slug`. */
  item: string
  range: string | null
  size: number
  seconds?: number | null
  now?: Date
}

type Heard = { bytes: number; counted: boolean }

export type Limits = {
  /** Listeners kept per day at most: past it, new ones are not counted (memory stays bounded). */
  maxListeners: number
  /**
   * Agents counted per address and item per day at most: a household or a school behind one
   * address has a few phones; a script changing its agent on every request is not new listeners.
   */
  agentsPerAddress: number
}

export class PodcastDownloads {
  private day = ''
  private salt = randomBytes(32)
  private heard = new Map<string, Heard>()
  private agents = new Map<string, number>()

  constructor(private limits: Limits = { maxListeners: 200_000, agentsPerAddress: 4 }) {}

  private hash(text: string): string {
    return createHash('sha256').update(this.salt).update(text).digest('base64url')
  }

  /** Whether this request makes a download that counts (true once per listener, item and day). */
  counts({ address, agent, item, range, size, seconds, now = new Date() }: Download): boolean {
    if (!agent.trim() || isBot(agent)) return false
    const bytes = requestedBytes(range, size)
    if (bytes === null || size <= 0) return false
    const day = laoDay(now)
    if (day !== this.day) {
      this.day = day
      this.salt = randomBytes(32)
      this.heard.clear()
      this.agents.clear()
    }
    const listener = this.hash(`${address}\n${agent}\n${item}`)
    let seen = this.heard.get(listener)
    if (!seen) {
      const place = this.hash(`${address}\n${item}`)
      const agents = this.agents.get(place) ?? 0
      if (this.heard.size >= this.limits.maxListeners || agents >= this.limits.agentsPerAddress)
        return false
      this.agents.set(place, agents + 1)
      seen = { bytes: 0, counted: false }
      this.heard.set(listener, seen)
    }
    if (seen.counted) return false
    seen.bytes += bytes
    seen.counted = seen.bytes >= firstMinuteBytes(size, seconds)
    return seen.counted
  }
}
