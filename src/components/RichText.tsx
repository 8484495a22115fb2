/** @jsxImportSource preact */
import type { RichNode } from '@/lib/richText'
import type { ComponentChildren } from 'preact'
import { Wrapped } from './Wrapped'

type Node = RichNode

const BOLD = 1
const ITALIC = 2

function render(node: Node, key: number): ComponentChildren {
  const children = node.children?.map(render)
  switch (node.type) {
    case 'text': {
      let out: ComponentChildren = <Wrapped text={node.text} />
      const format = typeof node.format === 'number' ? node.format : 0
      if (format & BOLD) out = <strong>{out}</strong>
      if (format & ITALIC) out = <em>{out}</em>
      return <span key={key}>{out}</span>
    }
    case 'linebreak':
      return <br key={key} />
    case 'paragraph':
      return <p key={key}>{children}</p>
    case 'heading': {
      const Tag = (['h2', 'h3', 'h4'].includes(node.tag ?? '') ? node.tag : 'h2') as 'h2'
      return <Tag key={key}>{children}</Tag>
    }
    case 'list':
      return node.listType === 'number' ? (
        <ol key={key}>{children}</ol>
      ) : (
        <ul key={key}>{children}</ul>
      )
    case 'listitem':
      return <li key={key}>{children}</li>
    case 'quote':
      return <blockquote key={key}>{children}</blockquote>
    case 'link': {
      const href = node.fields?.url ?? node.url ?? '#'
      const safe = /^(https?:|mailto:|tel:|\/)/.test(href) ? href : '#'
      return (
        <a key={key} href={safe} rel="noopener">
          {children}
        </a>
      )
    }
    default:
      return children ? <span key={key}>{children}</span> : null
  }
}

/** Payload's Lexical rich text as plain HTML: no client code, Lao word breaks marked. */
export function RichText({ value, className }: { value: unknown; className?: string }) {
  const root = (value as { root?: Node } | null | undefined)?.root
  if (!root?.children?.length) return null
  return <div className={className}>{root.children.map(render)}</div>
}
