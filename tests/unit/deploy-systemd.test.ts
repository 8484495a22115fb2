/** The shipped systemd units parse, and run scripts the project has. */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'

const root = path.resolve(import.meta.dirname, '../..')
const dir = path.join(root, 'deploy', 'systemd')
const units = fs.readdirSync(dir).filter((f) => /\.(service|timer)$/.test(f))
const scripts = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).scripts

describe('deploy/systemd', () => {
  it('has the server, the backup and its nightly timer', () => {
    expect(units.sort()).toEqual(['siang-backup.service', 'siang-backup.timer', 'siang.service'])
  })

  it('passes systemd-analyze verify with no warning', () => {
    // verify prints unknown keys and bad values as warnings, and exits 0 for some of them.
    const run = spawnSync('systemd-analyze', ['verify', ...units.map((u) => path.join(dir, u))], {
      encoding: 'utf8',
    })
    expect({ status: run.status, stderr: run.stderr, stdout: run.stdout }).toEqual({
      status: 0,
      stderr: '',
      stdout: '',
    })
  })

  it('starts npm scripts that exist', () => {
    for (const unit of units.filter((u) => u.endsWith('.service'))) {
      const text = fs.readFileSync(path.join(dir, unit), 'utf8')
      const started = [
        ...text.matchAll(/^ExecStart=\/usr\/bin\/npm (?:run (?:--silent )?)?(\S+)/gm),
      ]
      expect(started.length).toBe(1)
      expect(Object.keys(scripts)).toContain(started[0][1])
    }
  })
})
