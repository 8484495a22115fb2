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
}: {
  head: { label: string; numeric?: boolean }[]
  rows: ReactNode[][]
  foot?: ReactNode[]
  testId: string
}) {
  const line = (values: ReactNode[], strong = false) =>
    values.map((v, i) => (
      <td key={i} style={{ ...(head[i]?.numeric ? num : cell), fontWeight: strong ? 700 : 400 }}>
        {v}
      </td>
    ))
  return (
    <table style={table} data-testid={testId}>
      <thead>
        <tr>
          {head.map((h) => (
            <th key={h.label} scope="col" style={h.numeric ? num : cell}>
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
