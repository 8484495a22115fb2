/** The parts of podcast-feed-parser (no types of its own) the feed tests use. */
declare module 'podcast-feed-parser' {
  export function getPodcastFromFeed(xml: string): {
    meta: { title: string; imageURL?: string; owner: { name?: string; email?: string } }
    episodes: { title: string; guid?: string; enclosure?: { url: string } }[]
  }
}
