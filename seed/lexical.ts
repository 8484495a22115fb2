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

const list = (lines: string[]): Node => ({
  type: 'list',
  listType: 'bullet',
  tag: 'ul',
  start: 1,
  children: lines.map((line, i) => ({
    type: 'listitem',
    value: i + 1,
    children: [textNode(line.replace(/^•\s*/, ''))],
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
  })),
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
})

/**
 * A block whose first line starts with "## " begins with a heading (h3: the page's sections are
 * h2); lines that all start with "• " are a bulleted list; anything else is a paragraph.
 */
function blocks(text: string): Node[] {
  let lines = text.split('\n')
  const out: Node[] = []
  if (lines[0].startsWith('## ')) {
    const { children, ...rest } = paragraph(lines[0].slice(3))
    out.push({ ...rest, type: 'heading', tag: 'h3', children })
    lines = lines.slice(1)
  }
  if (!lines.length) return out
  out.push(lines.every((l) => l.startsWith('• ')) ? list(lines) : paragraph(lines.join('\n')))
  return out
}

export function richText(text: string) {
  const parts = text
    .trim()
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean)
  return {
    root: {
      type: 'root',
      children: parts.flatMap(blocks),
      direction: 'ltr' as const,
      format: '' as const,
      indent: 0,
      version: 1,
    },
  }
}
