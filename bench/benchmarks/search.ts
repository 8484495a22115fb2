/**
 * Search over 10,000 generated news items in Lao and English (20,000 localized documents in
 * the index, searchCorpus.ts beside this file): query latency of Siang's index against a plain
 * `like` query through Payload over the same documents and queries, and how fast the index is built
 * from the database. Filling the database takes most of the run (about 50 ms a document).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { freePort } from '../../tooling/server'
import { result, runWorker, type Benchmark } from '../lib'

export const searchBench: Benchmark = {
  name: 'search',
  async run() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'siang-search-bench-'))
    try {
      const port = await freePort()
      const r = await runWorker<Record<string, number>>('searchWorker', {
        ...process.env,
        DATABASE_URI: `file:${path.join(dir, 'search.db')}`,
        MEDIA_DIR: path.join(dir, 'media'),
        // Nothing listens here: the writes' cache signals go nowhere, quickly.
        PORT: String(port),
      })
      return [
        result({
          name: 'seed-10k-s',
          value: r.fillSeconds + r.buildSeconds,
          unit: 's',
          baseline: null,
          target: `reported: ${r.docs} docs created in Lao and English through the Local API (${Math.round(r.fillSeconds)} s), then indexed (${Math.round(r.buildSeconds)} s)`,
          ok: null,
        }),
        result({
          name: 'search-p95-ms',
          value: r.oursP95,
          unit: 'ms',
          baseline: r.likeP95,
          target: `<= 50 ms, and >= 5x faster than like (${r.docs} docs × 2 languages)`,
          ok: r.oursP95 <= 50 && r.likeP95 / r.oursP95 >= 5,
        }),
        result({
          name: `search p50 (${r.found} of ${r.queries} queries found something)`,
          value: r.oursP50,
          unit: 'ms',
          baseline: r.likeP50,
          target: 'measured',
          ok: null,
        }),
        result({
          name: `search index build from the database (${r.indexed} localized docs)`,
          value: r.indexed / r.buildSeconds,
          unit: 'docs/s',
          baseline: null,
          target: 'measured',
          ok: null,
        }),
      ]
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  },
}
