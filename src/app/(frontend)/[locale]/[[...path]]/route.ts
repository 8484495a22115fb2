import { answerPublicPage } from '@/site/render/answer'

/**
 * Every public page, and the 404 of any address no other route takes: plain HTML from Siang's
 * renderer (src/site/render), kept by Siang's server until a write expires it.
 */
export const dynamic = 'force-dynamic'

export const GET = answerPublicPage
