import type React from 'react'

export const metadata = { robots: { index: false } }

export default function BaselineLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
