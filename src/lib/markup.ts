/**
 * HTML and XML made from data, escaped by construction. Public pages use JSX, which
 * preact-render-to-string escapes (src/site/render); what is not a page (feeds, oEmbed's XML,
 * a picture's text, the embed code shown for copying) is escaped here: one escaper, one builder.
 */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Characters XML 1.0 forbids anywhere (one pasted from a word processor breaks a whole feed). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

/** Text safe anywhere in markup: as text, or inside a quoted attribute. */
export const escapeMarkup = (text: string): string =>
  text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c])

type Attributes = Record<string, string | number | boolean | null | undefined>

/** An XML element: its name, attributes, and children (elements or text; falsy ones are left out). */
export type XmlElement = { name: string; attributes: Attributes; children: XmlChild[] }
export type XmlChild = XmlElement | string | number | null | undefined | false

export const el = (
  name: string,
  attributes: Attributes = {},
  ...children: XmlChild[]
): XmlElement => ({
  name,
  attributes,
  children,
})

/** Text as CDATA would carry it, but escaped: the same characters reach the reader. */
function childXml(child: XmlChild): string {
  if (child === null || child === undefined || child === false) return ''
  if (typeof child === 'object') return elementXml(child)
  return escapeMarkup(String(child))
}

function elementXml({ name, attributes, children }: XmlElement): string {
  const attrs = Object.entries(attributes)
    .filter(([, v]) => v !== undefined && v !== null && v !== false)
    .map(([k, v]) => ` ${k}="${escapeMarkup(v === true ? k : String(v))}"`)
    .join('')
  const inner = children.map(childXml).join('')
  return inner ? `<${name}${attrs}>${inner}</${name}>` : `<${name}${attrs}/>`
}

/** A whole XML document; `standalone` when it names no outside definitions (oEmbed asks it). */
export const xmlDocument = (root: XmlElement, { standalone = false } = {}): string =>
  `<?xml version="1.0" encoding="utf-8"${standalone ? ' standalone="yes"' : ''}?>${elementXml(root)}`
