import type { CSSProperties, ReactNode } from 'react'

const table: CSSProperties = { width: '100%', borderCollapse: 'collapse', margin: '8px 0 24px' }
const cell: CSSProperties = {
  borderBottom: '1px solid #8884',
  padding: '4px 8px',
  textAlign: 'left',
}
const num: CSSProperties = { ...cell, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }

/** A table of figures: numeric columns right-aligned, in tabular figures, the footer's totals bold. */
export function FiguresTable({
  head,
  rows,
  foot,
  testId,
  compact = false,
}: {
  head: { label: string; numeric?: boolean }[]
  rows: ReactNode[][]
  foot?: ReactNode[]
  testId: string
  /** Smaller type and tighter cells: a wide table that must still fit an A4 page. */
  compact?: boolean
}) {
  const tight: CSSProperties = compact ? { padding: '3px 4px' } : {}
  const line = (values: ReactNode[], strong = false) =>
    values.map((v, i) => (
      <td
        key={i}
        style={{ ...(head[i]?.numeric ? num : cell), ...tight, fontWeight: strong ? 700 : 400 }}
      >
        {v}
      </td>
    ))
  return (
    <table style={compact ? { ...table, fontSize: '0.75rem' } : table} data-testid={testId}>
      <thead>
        <tr>
          {head.map((h, i) => (
            <th key={i} scope="col" style={{ ...(h.numeric ? num : cell), ...tight }}>
              {h.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>{line(r)}</tr>
        ))}
      </tbody>
      {foot && (
        <tfoot>
          <tr>{line(foot, true)}</tr>
        </tfoot>
      )}
    </table>
  )
}
