import { hasPlayer, type ViewType } from '@/reach/beacon'
import { scriptNonce } from '@/site/nonce'

/**
 * One `view` beacon per page view, and one `play` on the first play of each player of the page
 * (POST /api/beacon). Cached pages are the same for everyone, so counting happens here, in the
 * visitor's browser: a few hundred bytes of inline script, no framework, no cookie, nothing
 * stored on the phone. A page prerendered by the browser counts once it is shown.
 */
const script = (type: ViewType, slug: string, player: boolean) =>
  `((t,s,p)=>{const b=e=>{try{navigator.sendBeacon("/api/beacon",JSON.stringify({type:t,slug:s,event:e,source:"site"}))}catch(x){}};` +
  `document.prerendering?document.addEventListener("prerenderingchange",()=>b("view"),{once:!0}):b("view");` +
  `if(p){const w=new WeakSet;document.addEventListener("play",e=>{w.has(e.target)||(w.add(e.target),b("play"))},!0)}})` +
  `(${JSON.stringify(type)},${JSON.stringify(slug)},${player ? 1 : 0})`

export function CountBeacon({ type, slug }: { type: ViewType; slug: string }) {
  // `<` escaped so that no slug can close the script element.
  const html = script(type, slug, hasPlayer(type)).replace(/</g, '\\u003c')
  return <script nonce={scriptNonce()} dangerouslySetInnerHTML={{ __html: html }} />
}
