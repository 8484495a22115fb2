/**
 * Generated search material that reads like Siang's own: documents and queries drawn from the
 * words of the demo content (seed/data/demo, the committee's article among it), each word as
 * often as it is used there, so that some queries match most documents and others a handful.
 * Deterministic: the same seed gives the same documents and queries.
 */
import { campaigns } from '../../seed/data/demo/campaigns'
import { dramas } from '../../seed/data/demo/dramas'
import { news } from '../../seed/data/demo/news'
import { radioSpots } from '../../seed/data/demo/radio'
import { socialPosts } from '../../seed/data/demo/social'
import { songs } from '../../seed/data/demo/songs'
import { tvSpots } from '../../seed/data/demo/tv'
import { isLao } from '../../src/search/text'

type Lang = 'lo' | 'en'

/** Every { lo, en } pair in the demo content, as text per language. */
function demoText(): Record<Lang, string[]> {
  const out: Record<Lang, string[]> = { lo: [], en: [] }
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk)
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>
      if (typeof o.lo === 'string' && typeof o.en === 'string') {
        out.lo.push(o.lo)
        out.en.push(o.en)
      } else Object.values(o).forEach(walk)
    }
  }
  walk([campaigns, dramas, news, radioSpots, socialPosts, songs, tvSpots])
  return out
}

const words = new Intl.Segmenter('lo', { granularity: 'word' })

/** The words of a language with how often each is used, most used first. */
function vocabulary(texts: string[], lang: Lang): { word: string; count: number }[] {
  const counts = new Map<string, number>()
  for (const text of texts)
    for (const s of words.segment(text)) {
      if (!s.isWordLike || /^\d+$/.test(s.segment) || isLao(s.segment) !== (lang === 'lo')) continue
      const w = lang === 'en' ? s.segment.toLowerCase() : s.segment
      counts.set(w, (counts.get(w) ?? 0) + 1)
    }
  return [...counts].map(([word, count]) => ({ word, count })).sort((a, b) => b.count - a.count)
}

export type Doc = { title: Record<Lang, string>; body: Record<Lang, string> }
export type Query = { q: string; locale: Lang; kind: string }

export function corpus(seed = 42) {
  let state = seed
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  const text = demoText()
  const vocab = { lo: vocabulary(text.lo, 'lo'), en: vocabulary(text.en, 'en') }

  /** Draws words as often as the demo content uses them. */
  const sampler = (lang: Lang) => {
    const list = vocab[lang]
    const cumulative: number[] = []
    let total = 0
    for (const { count } of list) cumulative.push((total += count))
    return () => {
      const r = random() * total
      let lo = 0
      let hi = cumulative.length - 1
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if (cumulative[mid] > r) hi = mid
        else lo = mid + 1
      }
      return list[lo].word
    }
  }
  const draw = { lo: sampler('lo'), en: sampler('en') }

  /** Lao runs words together and puts a space between phrases; English spaces every word. */
  const sentence = (lang: Lang, n: number) => {
    let out = ''
    for (let i = 0; i < n; i++) {
      const gap = i === 0 ? '' : lang === 'en' || random() < 0.15 ? ' ' : ''
      out += gap + draw[lang]()
    }
    return out
  }

  const doc = (i: number): Doc => {
    const paragraphs = (lang: Lang) =>
      Array.from({ length: 2 + Math.floor(random() * 3) }, () =>
        sentence(lang, 25 + Math.floor(random() * 40)),
      ).join('\n\n')
    return {
      title: {
        lo: `${sentence('lo', 4 + Math.floor(random() * 5))} ${i}`,
        en: `${sentence('en', 5 + Math.floor(random() * 6))} ${i}`,
      },
      body: { lo: paragraphs('lo'), en: paragraphs('en') },
    }
  }

  /**
   * What people type: a topic word (any word of three or more letters, common or rare), two
   * of them, a Lao word without its tone marks, or a Lao word with a stray space inside.
   */
  const queries = (n: number): Query[] => {
    const topical = {
      lo: vocab.lo.filter((v) => [...v.word].length >= 4).map((v) => v.word),
      en: vocab.en.filter((v) => v.word.length >= 4).map((v) => v.word),
    }
    const pick = (lang: Lang) => topical[lang][Math.floor(random() * topical[lang].length)]
    return Array.from({ length: n }, (_, i): Query => {
      const locale: Lang = i % 2 ? 'en' : 'lo'
      const r = random()
      if (r < 0.5) return { q: pick(locale), locale, kind: 'one word' }
      if (r < 0.8) return { q: `${pick(locale)} ${pick(locale)}`, locale, kind: 'two words' }
      if (locale === 'en') return { q: pick(locale), locale, kind: 'one word' }
      const w = pick('lo')
      if (r < 0.9) return { q: w.replace(/[\u0EC8-\u0ECB]/g, ''), locale, kind: 'no tone marks' }
      // Between two syllables: before a consonant that is not the first letter.
      const chars = [...w]
      const cuts = chars
        .map((c, at) => at)
        .filter((at) => at > 0 && /[\u0E81-\u0EAE]/.test(chars[at]))
      if (!cuts.length) return { q: w, locale, kind: 'one word' }
      const at = cuts[Math.floor(random() * cuts.length)]
      return {
        q: `${chars.slice(0, at).join('')} ${chars.slice(at).join('')}`,
        locale,
        kind: 'stray space',
      }
    })
  }

  return { doc, queries, vocabulary: vocab }
}
