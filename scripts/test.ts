/**
 * `npm test`: unit, integration (Local API) and HTTP (a real `next start`) suites on SQLite; then
 * the integration suite again on MongoDB when MONGOMS_SYSTEM_BINARY names a mongod.
 * `npm run test:e2e`: the Chromium suite. `npm run test:faults`: kill -9 and load against a real
 * `npm start` of its own. Each run writes jest's JSON to test-results/ and ends
 * with a plain "N passed, M failed" line.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { root } from './lib'
import { setting } from '../src/lib/env'

type Run = { name: string; projects: string[]; env?: Record<string, string>; extra?: string[] }

const argv = process.argv.slice(2)
const e2e = argv.includes('--e2e')
const faults = argv.includes('--faults')
const passThrough = argv.filter((a) => !['--e2e', '--faults', '--summary'].includes(a))
const resultsDir = path.join(root, 'test-results')

function jest(run: Run): Promise<number> {
  const outputFile = path.join(resultsDir, `${run.name}.json`)
  fs.rmSync(outputFile, { force: true })
  const args = [
    '--experimental-vm-modules',
    '--no-warnings',
    path.join(root, 'node_modules', 'jest', 'bin', 'jest.js'),
    '--runInBand',
    '--forceExit',
    '--json',
    `--outputFile=${outputFile}`,
    ...run.projects.flatMap((p) => ['--selectProjects', p]),
    ...(run.extra ?? []),
    ...passThrough,
  ]
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ...run.env },
    })
    child.on('exit', (code) => resolve(code ?? 1))
  })
}

export function summarize(files: string[]): {
  passed: number
  failed: number
  suitesFailed: number
} {
  let passed = 0
  let failed = 0
  let suitesFailed = 0
  for (const file of files) {
    if (!fs.existsSync(file)) {
      suitesFailed++
      continue
    }
    const json = JSON.parse(fs.readFileSync(file, 'utf8'))
    passed += json.numPassedTests
    failed += json.numFailedTests
    suitesFailed += json.numRuntimeErrorTestSuites
  }
  return { passed, failed, suitesFailed }
}

/** The plain line CI reads; a test file that could not run counts as a failure. */
function report(files: string[]): number {
  const { passed, failed, suitesFailed } = summarize(files)
  if (suitesFailed > 0) console.log(`${suitesFailed} test file(s) failed to run.`)
  console.log(`${passed} passed, ${failed + suitesFailed} failed`)
  return failed + suitesFailed
}

fs.mkdirSync(resultsDir, { recursive: true })

// `--summary` (the last step of .ci/run): every run in test-results/ together.
if (argv.includes('--summary')) {
  const files = fs.readdirSync(resultsDir).filter((f) => f.endsWith('.json'))
  process.exit(report(files.map((f) => path.join(resultsDir, f))) > 0 ? 1 : 0)
}

const runs: Run[] = e2e
  ? [{ name: 'e2e', projects: ['e2e'] }]
  : faults
    ? [{ name: 'faults', projects: ['faults'] }]
    : [{ name: 'sqlite', projects: ['unit', 'int', 'http'] }]

if (!e2e && !faults) {
  if (setting('MONGOMS_SYSTEM_BINARY')) {
    runs.push({
      name: 'mongodb',
      projects: ['int'],
      env: { SIANG_TEST_ENGINE: 'mongodb' },
      // SQL migrations do not apply to MongoDB.
      extra: ['--testPathIgnorePatterns', 'tests/int/migrations'],
    })
  } else {
    // No stale MongoDB results from an earlier run may count in the summary.
    fs.rmSync(path.join(resultsDir, 'mongodb.json'), { force: true })
    console.log(
      '\nMongoDB: skipped. Set MONGOMS_SYSTEM_BINARY to a mongod binary to run the integration suite on MongoDB too.\n',
    )
  }
}

let exitCode = 0
for (const run of runs) {
  const code = await jest(run)
  if (code !== 0) exitCode = code
}
const failures = report(runs.map((r) => path.join(resultsDir, `${r.name}.json`)))
process.exit(exitCode || (failures > 0 ? 1 : 0))
