import { siteStrings } from '@/site/strings'

/** Siang's mark, the drawing of src/app/icon.svg (the site's and the admin's tab icon). */
export const mark = {
  background: '#0b3d5c',
  stroke: '#ffbf47',
  path: 'M18 40c4 6 10 8 14 8 9 0 14-6 14-12 0-12-20-8-20-17 0-3 3-6 7-6 4 0 7 2 9 5',
}

const lao = siteStrings('lo').siteName
const english = siteStrings('en').siteName

/** Decorative: the name beside it, or the link around it (Payload's "dashboard"), says what it is. */
function SiangMark({ size }: { size: number | string }) {
  return (
    <svg
      className="siang-mark"
      viewBox="0 0 64 64"
      width={size}
      height={size}
      xmlns="http://www.w3.org/2000/svg"
      aria-hidden
    >
      <rect width="64" height="64" rx="14" fill={mark.background} />
      <path d={mark.path} fill="none" stroke={mark.stroke} strokeWidth="6" strokeLinecap="round" />
    </svg>
  )
}

/** The login page's logo, in place of Payload's: the mark and the name, Lao first. */
export function SiangLogo() {
  return (
    <span className="siang-logo" data-testid="siang-logo">
      <SiangMark size={48} />
      <span className="siang-logo__name" lang="lo">
        {lao}
      </span>
      <span className="siang-logo__name siang-logo__name--latin" lang="en">
        {english}
      </span>
    </span>
  )
}

/** The navigation's icon (the breadcrumb's link home), in place of Payload's. */
export function SiangIcon() {
  return (
    <span className="siang-icon" data-testid="siang-icon">
      <SiangMark size="100%" />
    </span>
  )
}
