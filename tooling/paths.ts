/** The repository's folder and its installed commands, for the scripts, tests and benchmarks. */
import path from 'node:path'

export const root = path.resolve(import.meta.dirname, '..')
export const bin = (name: string) => path.join(root, 'node_modules', '.bin', name)
