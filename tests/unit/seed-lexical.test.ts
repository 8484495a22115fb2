import { describe, expect, it } from '@jest/globals'
import { richText } from '../../seed/lexical'

type Node = { type: string; tag?: string; children?: Node[]; text?: string }

describe("the seed's plain text to rich text", () => {
  it('makes "## " a heading and a block of "• " lines a bulleted list', () => {
    const root = richText('## Signs\n• High pay\n• No contract\n\nPlain words\non two lines').root
    const children = root.children as Node[]
    expect(children.map((n) => [n.type, n.tag])).toEqual([
      ['heading', 'h3'],
      ['list', 'ul'],
      ['paragraph', undefined],
    ])
    expect(children[1].children?.map((li) => li.children?.[0].text)).toEqual([
      'High pay',
      'No contract',
    ])
    expect(children[2].children?.map((n) => n.type)).toEqual(['text', 'linebreak', 'text'])
  })
})
