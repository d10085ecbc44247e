import { describe, expect, it } from 'vitest'

import type { EnvSource } from '@/platform/env'
import { DEMO_ADMIN, EnvError, parseEnv } from '@/platform/env'

const problemsOf = (source: EnvSource): string[] => {
  try {
    parseEnv(source)
  } catch (error) {
    if (error instanceof EnvError) return error.problems
    throw error
  }
  return []
}

describe('configuration', () => {
  it('should run the embedded demo with no configuration at all', () => {
    const env = parseEnv({ PAYLOAD_SECRET: 'a-secret-for-this-test' })
    expect(env.database).toEqual({
      kind: 'sqlite',
      url: expect.stringMatching(/^file:.*data\/dispatch\.db$/),
    })
    expect(env.seedDemo).toBe(true)
    expect(env.admin).toEqual(DEMO_ADMIN)
    expect(env.serverUrl).toBe('http://localhost:3000')
    expect(env.port).toBe(3000)
  })

  it('should pick MongoDB for mongodb:// and mongodb+srv:// addresses', () => {
    const secret = { PAYLOAD_SECRET: 'a-secret-for-this-test' }
    expect(parseEnv({ ...secret, DATABASE_URI: 'mongodb://db:27017/news' }).database.kind).toBe(
      'mongodb',
    )
    expect(
      parseEnv({ ...secret, DATABASE_URI: 'mongodb+srv://cluster.example/news' }).database.kind,
    ).toBe('mongodb')
  })

  it('should not seed or create an admin on MongoDB unless asked', () => {
    const env = parseEnv({
      PAYLOAD_SECRET: 'a-secret-for-this-test',
      DATABASE_URI: 'mongodb://db/news',
    })
    expect(env.seedDemo).toBe(false)
    expect(env.admin).toBeNull()
  })

  it('should use an SQLite file given as file:', () => {
    const env = parseEnv({
      PAYLOAD_SECRET: 'a-secret-for-this-test',
      DATABASE_URI: 'file:/tmp/x.db',
    })
    expect(env.database).toEqual({ kind: 'sqlite', url: 'file:/tmp/x.db' })
  })

  it('should name every bad variable with its own message', () => {
    expect(
      problemsOf({
        DATABASE_URI: 'postgres://db/news',
        PORT: 'eighty',
        SERVER_URL: 'news.example',
        ADMIN_EMAIL: 'not-an-email',
        SEED_DEMO: 'maybe',
      }),
    ).toEqual([
      'DATABASE_URI: must start with file:, mongodb:// or mongodb+srv://',
      'SERVER_URL: must be an http(s) URL such as https://news.example',
      'PORT: must be a port number',
      'ADMIN_EMAIL: must be an email address',
      'SEED_DEMO: must be true or false',
    ])
  })

  it('should refuse production on MongoDB without PAYLOAD_SECRET', () => {
    expect(problemsOf({ NODE_ENV: 'production', DATABASE_URI: 'mongodb://db/news' })).toEqual([
      expect.stringMatching(/^PAYLOAD_SECRET: is required in production/),
    ])
  })

  it('should refuse a port out of range', () => {
    expect(problemsOf({ PORT: '70000' })).toEqual(['PORT: must be between 1 and 65535'])
  })

  it('should want an admin password together with an admin email', () => {
    expect(problemsOf({ ADMIN_EMAIL: 'chief@dispatch.example' })).toEqual([
      'ADMIN_PASSWORD: must be set together with ADMIN_EMAIL',
    ])
  })

  it('should point the default SERVER_URL at the configured PORT', () => {
    const env = parseEnv({ PAYLOAD_SECRET: 'a-secret-for-this-test', PORT: '8080' })
    expect(env.serverUrl).toBe('http://localhost:8080')
  })

  it('should drop a trailing slash from SERVER_URL', () => {
    const env = parseEnv({
      PAYLOAD_SECRET: 'a-secret-for-this-test',
      SERVER_URL: 'https://news.example/',
    })
    expect(env.serverUrl).toBe('https://news.example')
  })

  it('should treat empty values as unset, as .env files write them', () => {
    const env = parseEnv({ PAYLOAD_SECRET: 'a-secret-for-this-test', DATABASE_URI: '', PORT: '' })
    expect(env.database.kind).toBe('sqlite')
    expect(env.port).toBe(3000)
  })

  it('should refuse an unknown time zone', () => {
    expect(problemsOf({ SITE_TIME_ZONE: 'Mars/Olympus' })).toEqual([
      'SITE_TIME_ZONE: must be an IANA time zone such as UTC or Europe/London',
    ])
  })
})
