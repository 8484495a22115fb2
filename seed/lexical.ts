/**
 * Plain text to Payload's Lexical rich text: paragraphs at blank lines, and line breaks kept
 * inside a paragraph (lyrics and scripts are written line by line).
 */
type Node = Record<string, unknown>

const textNode = (text: string): Node => ({
  type: 'text',
  text,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

function paragraph(block: string): Node {
  const children: Node[] = []
  block.split('\n').forEach((line, i) => {
    if (i > 0) children.push({ type: 'linebreak', version: 1 })
    if (line) children.push(textNode(line))
  })
  return {
    type: 'paragraph',
    children,
    direction: 'ltr',
    format: '',
    indent: 0,
    textFormat: 0,
    version: 1,
  }
}

/** A block whose first line starts with "## " is a heading (h3: the page's sections are h2). */
function block(text: string): Node {
  if (!text.startsWith('## ')) return paragraph(text)
  const { children, ...rest } = paragraph(text.slice(3))
  return { ...rest, type: 'heading', tag: 'h3', children }
}

export function richText(text: string) {
  const blocks = text
    .trim()
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean)
  return {
    root: {
      type: 'root',
      children: blocks.map(block),
      direction: 'ltr' as const,
      format: '' as const,
      indent: 0,
      version: 1,
    },
  }
}
