import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it, jest } from '@jest/globals'
import { database, engineName } from '@/db'

describe('database choice', () => {
  it('uses SQLite for file: URIs', async () => {
    const db = await database('file:./data/unit-choice.db')
    expect(db.kind).toBe('sqlite')
    expect(engineName(db.kind)).toBe('sqlite')
  })

  it('uses the MongoDB adapter for mongodb:// and mongodb+srv:// without connecting', async () => {
    for (const uri of [
      'mongodb://127.0.0.1:9/siang?replicaSet=rs0',
      'mongodb+srv://cluster.example.net/siang',
    ]) {
      const db = await database(uri)
      expect(db.kind).toBe('mongodb')
      expect(engineName(db.kind)).toBe('mongodb')
      expect(typeof db.adapter.init).toBe('function')
    }
  })

  it('explains what mongodb-memory:// needs when there is no mongod', async () => {
    const saved = process.env.MONGOMS_SYSTEM_BINARY
    process.env.MONGOMS_SYSTEM_BINARY = '/nonexistent/mongod'
    process.env.MONGO_MEMORY_DBPATH = fs.mkdtempSync(path.join(os.tmpdir(), 'siang-mongo-'))
    // mongodb-memory-server reports the missing binary on the console as well.
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => {})
    const quietWarn = jest.spyOn(console, 'warn').mockImplementation(() => {})
    try {
      await expect(database('mongodb-memory://')).rejects.toThrow(/MONGOMS_SYSTEM_BINARY/)
    } finally {
      quiet.mockRestore()
      quietWarn.mockRestore()
      if (saved === undefined) delete process.env.MONGOMS_SYSTEM_BINARY
      else process.env.MONGOMS_SYSTEM_BINARY = saved
    }
  }, 30_000)
})
