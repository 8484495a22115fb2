import { notFound } from 'next/navigation'

/** Deeper than any page: the localized 404. */
export default function TooDeep(): never {
  notFound()
}
