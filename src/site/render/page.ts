import type { VNode } from 'preact'
import type { Locale } from '@/lib/locales'
import { localePaths, type PageHead } from '@/site/metadata'
import type { Section } from '@/site/sections'
import type { Counted } from './Document'

/** One public page, ready to render inside the site's shell (src/site/render/answer.tsx). */
export type Page = {
  head: PageHead
  /** The section the nav marks as current. */
  current?: Section
  /** This page's path in the other language: the language switch keeps the page. */
  alternate: string
  counted?: Counted
  /** Offers keeping for offline use (players, the kept page, the offline page): loads its script. */
  keeps?: boolean
  /** Has a quiz or a poll: loads their script. */
  answers?: boolean
  body: VNode
  /** Headers of this page's own (the help pages' Referrer-Policy). */
  headers?: Record<string, string>
  /** False for an answer made for one visitor's query (search results): never kept. */
  cacheable?: boolean
}

/** The query parameters of a page's address, one value each. */
export type Query = URLSearchParams

export type PageArgs = { locale: Locale; parts: string[]; query: Query }

/** A page maker: null when the address names nothing (the 404). */
export type PageMaker = (args: PageArgs) => Promise<Page | null>

export const otherLocale = (locale: Locale): Locale => (locale === 'lo' ? 'en' : 'lo')

/** A page's address in the other language, for the language switch. */
export const alternateOf = (locale: Locale, path: string): string =>
  localePaths(path)[otherLocale(locale)]

/** A maker for the page at one fixed address under the locale (`help`, `help/services`). */
export const pageAt =
  (names: string[], make: PageMaker): PageMaker =>
  (args) =>
    args.parts.length === names.length && names.every((name, i) => args.parts[i] === name)
      ? make(args)
      : Promise.resolve(null)
