/**
 * `npm run search:reindex`: reads every published document in both languages into a fresh
 * search index, with progress, then tells the running server (on PORT, and REVALIDATE_URLS) to
 * rebuild its own index the same way and swap it in. Searches keep working meanwhile.
 */
import { getPayload } from 'payload'
import '../src/lib/loadEnv'
import config from '../src/payload.config'
import { SearchIndex } from '../src/search/index'
import { expireTags } from '../src/site/freshness'
import { SEARCH_REBUILD } from '../src/site/tags'

async function main(): Promise<void> {
  const payload = await getPayload({ config })
  const started = Date.now()
  const count = await new SearchIndex(payload).rebuild((done, what) =>
    console.log(`[search] ${String(done).padStart(6)} documents read · ${what}`),
  )
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  console.log(
    `[search] ${count} documents indexed in ${seconds} s (${Math.round(count / Number(seconds || 1))}/s).`,
  )
  // The server's index is its own: ask it to rebuild (a no-op when no server is running).
  await expireTags([SEARCH_REBUILD], { payload } as never)
  console.log('[search] asked the running server to rebuild its index.')
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error('[search] reindex failed:', err)
    process.exit(1)
  },
)
