import { expect, it } from '@jest/globals'
import { el, escapeMarkup, xmlDocument } from '@/lib/markup'

it('escapes text and attributes by construction', () => {
  const title = `</title><script>alert("x")</script> & 'more'`
  const xml = xmlDocument(el('item', { title }, el('title', {}, title), el('empty')))
  expect(xml).not.toContain('<script>')
  expect(xml).toBe(
    '<?xml version="1.0" encoding="utf-8"?><item title="&lt;/title&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;more&#39;">' +
      '<title>&lt;/title&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;more&#39;</title><empty/></item>',
  )
})

it('leaves out absent attributes and children, and keeps 0', () => {
  expect(
    xmlDocument(el('a', { b: undefined, c: null, d: false, e: 0 }, null, false, 0), {
      standalone: true,
    }),
  ).toBe('<?xml version="1.0" encoding="utf-8" standalone="yes"?><a e="0">0</a>')
  expect(escapeMarkup('ສຽງ 1300')).toBe('ສຽງ 1300')
})

it('drops characters XML forbids, so that one pasted from a word processor never breaks a feed', () => {
  expect(escapeMarkup('a\u000bb\u0000c\u001fd\ttab\nline')).toBe('abcd\ttab\nline')
})
