import { describe, expect, it } from '@jest/globals'
import {
  ConfigError,
  databaseKind,
  resolveDatabaseURI,
  resolvePort,
  resolveSecret,
  resolveServerURL,
} from '@/lib/env'

const strong = 'a'.repeat(16) + 'b'.repeat(16)

describe('resolveSecret', () => {
  it('uses a fixed development secret outside production', () => {
    expect(resolveSecret({ NODE_ENV: 'development' })).toMatch(/development/)
  })

  it('stops production start-up when PAYLOAD_SECRET is missing, naming it', () => {
    expect(() => resolveSecret({ NODE_ENV: 'production' })).toThrow(ConfigError)
    expect(() => resolveSecret({ NODE_ENV: 'production' })).toThrow(/PAYLOAD_SECRET is not set/)
  })

  it('stops production start-up when PAYLOAD_SECRET is short', () => {
    expect(() => resolveSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: 'secret123' })).toThrow(
      /PAYLOAD_SECRET is too weak \(9 characters\)/,
    )
  })

  it('refuses the development secret in production', () => {
    const dev = resolveSecret({})
    expect(() => resolveSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: dev })).toThrow(
      /development value/,
    )
  })

  it('accepts a long secret in production', () => {
    expect(resolveSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: strong })).toBe(strong)
  })

  it('lets `next build` run without the production secret', () => {
    expect(
      resolveSecret({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' }),
    ).toBeTruthy()
  })
})

describe('server URL, port and database', () => {
  it('defaults SERVER_URL to localhost on PORT', () => {
    expect(resolveServerURL({ PORT: '4000' })).toBe('http://localhost:4000')
  })

  it('keeps only the origin of SERVER_URL', () => {
    expect(resolveServerURL({ SERVER_URL: 'https://siang.example.la/' })).toBe(
      'https://siang.example.la',
    )
  })

  it('rejects a SERVER_URL that is not a URL', () => {
    expect(() => resolveServerURL({ SERVER_URL: 'siang' })).toThrow(
      /SERVER_URL must be an absolute URL/,
    )
  })

  it('rejects a port out of range', () => {
    expect(() => resolvePort({ PORT: '70000' })).toThrow(/PORT/)
  })

  it('defaults to the embedded SQLite file', () => {
    expect(resolveDatabaseURI({})).toBe('file:./data/siang.db')
    expect(databaseKind(resolveDatabaseURI({}))).toBe('sqlite')
  })

  it('chooses the engine from the URI scheme', () => {
    expect(databaseKind('mongodb://db:27017/siang?replicaSet=rs0')).toBe('mongodb')
    expect(databaseKind('mongodb+srv://cluster.example.net/siang')).toBe('mongodb')
    expect(databaseKind('mongodb-memory://')).toBe('mongodb-memory')
  })

  it('names the supported schemes when DATABASE_URI is unknown', () => {
    expect(() => databaseKind('postgres://x')).toThrow(/file:.*mongodb/)
  })
})
