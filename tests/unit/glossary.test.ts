import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { Campaigns } from '@/collections/Campaigns'
import { RadioSpots } from '@/collections/RadioSpots'
import { SocialPosts } from '@/collections/SocialPosts'
import { Songs } from '@/collections/Songs'
import { Topics } from '@/collections/Topics'
import { TvSpots } from '@/collections/TvSpots'
import { avoidedWords, glossary } from '@/i18n/glossary'
import { sections } from '@/site/sections'
import { siteStrings } from '@/site/strings'

const root = path.resolve(import.meta.dirname, '../..')
const src = path.join(root, 'src')

const properNames = ['ໂທລະທັດແຫ່ງຊາດລາວ']

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sourceFiles(full)
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : []
  })
}

describe('one vocabulary for the admin and the site', () => {
  it('uses none of the other words for the same things in the code or the demo content', () => {
    const glossaryFile = path.join(src, 'i18n', 'glossary.ts')
    const found = [...sourceFiles(src), ...sourceFiles(path.join(root, 'seed'))].flatMap((file) => {
      if (file === glossaryFile) return []
      // Names stay as their owners write them (Lao National Television's own name).
      const text = properNames.reduce(
        (t, name) => t.replaceAll(name, ''),
        fs.readFileSync(file, 'utf8'),
      )
      return Object.keys(avoidedWords)
        .filter((word) => text.includes(word))
        .map(
          (word) =>
            `${path.relative(root, file)}: ${word} (say ${glossary[avoidedWords[word]!].lo})`,
        )
    })
    expect(found).toEqual([])
  })

  it('names each kind of material the same in the admin and on the site', () => {
    const lao = (label: unknown) => (label as { lo: string }).lo
    expect(lao(Campaigns.labels?.plural)).toBe(sections.campaigns.label.lo)
    expect(lao(Songs.labels?.plural)).toBe(sections.songs.label.lo)
    // The site's sections are named after the medium; the admin's items are its spots and posts.
    expect(lao(RadioSpots.labels?.singular)).toContain(sections.radio.label.lo)
    expect(lao(TvSpots.labels?.singular)).toContain(sections.tv.label.lo)
    expect(lao(SocialPosts.labels?.singular)).toContain(sections.social.label.lo)
    expect(lao(Topics.labels?.singular)).toBe(siteStrings('lo').topic)
    expect(siteStrings('lo').currentCampaign).toContain(sections.campaigns.label.lo)
  })
})
