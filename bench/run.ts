/**
 * `npm run bench [name…]`: runs the benchmarks (all, or those named), prints a table and writes
 * bench/results/latest.json.
 */
import { answersBench } from './benchmarks/answers'
import { indicatorsBench } from './benchmarks/indicators'
import { beaconBench } from './benchmarks/beacon'
import { detailPage } from './benchmarks/detailPage'
import { faultsBench } from './benchmarks/faults'
import { imageFormats } from './benchmarks/imageFormats'
import { imageIngest } from './benchmarks/imageIngest'
import { lighthouseBench } from './benchmarks/lighthouse'
import { offlineWeight } from './benchmarks/offlineWeight'
import { pageWeight } from './benchmarks/pageWeight'
import { renditionsBench } from './benchmarks/renditions'
import { restList } from './benchmarks/restList'
import { searchBench } from './benchmarks/search'
import { uploadMemory } from './benchmarks/uploadMemory'
import { printTable, writeResults, type Result } from './lib'

const all = [
  detailPage,
  answersBench,
  indicatorsBench,
  beaconBench,
  imageFormats,
  imageIngest,
  uploadMemory,
  pageWeight,
  offlineWeight,
  lighthouseBench,
  restList,
  searchBench,
  renditionsBench,
  faultsBench,
]

async function main(): Promise<void> {
  const wanted = process.argv.slice(2)
  const unknown = wanted.filter((name) => !all.some((b) => b.name === name))
  if (unknown.length) {
    console.error(
      `unknown benchmark(s): ${unknown.join(', ')}. Known: ${all.map((b) => b.name).join(', ')}`,
    )
    process.exit(2)
  }
  const results: Result[] = []
  for (const bench of all.filter((b) => !wanted.length || wanted.includes(b.name))) {
    console.log(`[bench] ${bench.name}…`)
    results.push(...(await bench.run()))
  }
  console.log('')
  printTable(results)
  writeResults(results)
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err)
    process.exit(1)
  },
)
