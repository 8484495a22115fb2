/**
 * A bare App Router page with nothing of Siang's: `npm run bench page-weight` compares every
 * page's JavaScript with this one's, from the same build.
 */
export default function Baseline() {
  return <p>baseline</p>
}
