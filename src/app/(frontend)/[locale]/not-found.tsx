import { NotFoundText } from '@/components/NotFoundText'

/**
 * The answer is a real 404. Next 16.4 does not server-render a not-found boundary into the HTML
 * (vercel/next.js#62228), so this text appears once the page's script runs.
 */
export default function NotFound() {
  return <NotFoundText />
}
