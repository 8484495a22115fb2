import { nonceStandIn } from '@/lib/csp'
import { resolveSecret } from '@/lib/env'

/**
 * The nonce a page's own inline scripts carry: the stand-in the page is rendered and cached with,
 * which Siang's server swaps for each response's fresh nonce (src/lib/csp.ts).
 */
export const scriptNonce = (): string => nonceStandIn(resolveSecret())
