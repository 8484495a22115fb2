/**
 * Who a request comes from, for rate limits and sign-in throttles only (never stored). No Payload
 * imports: the server in front of Next (src/server) and the route handlers both use it.
 */

/** Set by Siang's server on every request, after removing whatever a client sent under it. */
export const CLIENT_ADDRESS_HEADER = 'x-siang-client-address'

/**
 * The client's address from the socket the request came in on and the X-Forwarded-For header.
 * With no proxy in front (`hops` 0) it is the socket's own. Behind `hops` trusted proxies it is
 * the entry the farthest of them appended; entries before it are whatever the client sent, so a
 * made-up header never chooses the address.
 */
export function addressOf(
  socketAddress: string | undefined,
  forwardedFor: string | undefined,
  hops: number,
): string {
  const chain = [
    ...(forwardedFor ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    socketAddress || 'unknown',
  ]
  const client = chain[Math.max(0, chain.length - 1 - hops)]
  // IPv4 clients of a dual-stack socket appear as ::ffff:203.0.113.7.
  return client.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1')
}
