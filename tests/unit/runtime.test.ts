import fs from 'node:fs'
import path from 'node:path'
import { expect, it } from '@jest/globals'

const root = path.resolve(import.meta.dirname, '../..')
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))
const minimum = Number(/>=(\d+)/.exec(pkg.engines.node)?.[1])
// The link npm makes for the pinned Node; an operator removes it to run the system's own.
const pinnedLink = fs.existsSync(path.join(root, 'node_modules', '.bin', 'node'))

it('runs on the Node the project pins while its link is installed', () => {
  expect(pkg.dependencies.node).toMatch(/^\d+\.\d+\.\d+$/)
  if (pinnedLink) expect(process.version).toBe(`v${pkg.dependencies.node}`)
  else expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(minimum)
})

it('pins a supported Node that its engines field accepts', () => {
  const [major] = pkg.dependencies.node.split('.').map(Number)
  expect(minimum).toBeGreaterThanOrEqual(22)
  expect(major).toBeGreaterThanOrEqual(minimum)
  // Even majors are the LTS lines.
  expect(major % 2).toBe(0)
})
