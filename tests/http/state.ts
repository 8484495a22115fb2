/** Where jest's global setup leaves the shared server's address for the HTTP and e2e tests. */
import os from 'node:os'
import path from 'node:path'

export const stateFile = path.join(os.tmpdir(), `siang-http-${process.ppid}-${process.pid}.json`)
