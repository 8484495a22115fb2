/** Payload's Lexical rich text, as plain data: no React, so scripts and the search index use it. */

export type RichNode = {
  type: string
  text?: string
  format?: number | string
  tag?: string
  url?: string
  listType?: string
  fields?: { url?: string; newTab?: boolean }
  children?: RichNode[]
}

/** The plain text of rich text, for descriptions, feeds and search. */
export function plainText(value: unknown): string {
  const walk = (node: RichNode): string =>
    node.type === 'text'
      ? (node.text ?? '')
      : node.type === 'linebreak'
        ? '\n'
        : (node.children ?? []).map(walk).join('')
  const root = (value as { root?: RichNode } | null | undefined)?.root
  return (root?.children ?? []).map(walk).join('\n\n').trim()
}
