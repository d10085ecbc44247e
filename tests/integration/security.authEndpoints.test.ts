import config from '@payload-config'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { describe, expect, it } from 'vitest'

import { env } from '@/platform/env'

import { setupNewsroom } from '../support/newsroom'
import { ORIGIN, rest } from '../support/rest'

await setupNewsroom()

const graphql = (query: string) =>
  GRAPHQL_POST(config)(
    new Request(`${ORIGIN}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    }),
  )

/** Garbage a guesser sends to every auth endpoint: none of it is the server's failure. */
const GARBAGE: { method: 'GET' | 'POST'; path: string; body?: unknown }[] = [
  { method: 'POST', path: '/api/users/verify/abc' },
  { method: 'POST', path: '/api/users/verify/abc', body: { token: 'abc' } },
  { method: 'POST', path: '/api/users/unlock', body: {} },
  { method: 'POST', path: '/api/users/unlock', body: { email: ['a', 'b'] } },
  { method: 'POST', path: '/api/users/unlock', body: 'junk' },
  { method: 'POST', path: '/api/users/refresh-token', body: {} },
  { method: 'POST', path: '/api/users/refresh-token', body: 'junk' },
  { method: 'POST', path: '/api/users/reset-password', body: { token: 'abc', password: 'x' } },
  { method: 'POST', path: '/api/users/reset-password', body: { token: { $ne: 1 } } },
  { method: 'POST', path: '/api/users/reset-password', body: [1] },
  { method: 'POST', path: '/api/users/forgot-password', body: {} },
  { method: 'POST', path: '/api/users/forgot-password', body: { email: 12 } },
  { method: 'POST', path: '/api/users/forgot-password', body: { email: ['a@b.c'] } },
  { method: 'POST', path: '/api/users/forgot-password', body: 'junk' },
  { method: 'POST', path: '/api/users/login', body: { email: {}, password: [] } },
  { method: 'POST', path: '/api/users/login', body: 'junk' },
  { method: 'GET', path: '/api/users/me' },
  { method: 'GET', path: '/api/access' },
  { method: 'GET', path: '/api/users/init' },
  { method: 'POST', path: '/api/users/first-register', body: { email: 'x@y.z', password: 'p' } },
  { method: 'POST', path: '/api/users/first-register', body: 'junk' },
  { method: 'POST', path: '/api/users/logout' },
]

describe(`auth endpoints answer garbage with 4xx (${env.database.kind})`, () => {
  it('should answer 404 to email verification, which is off', async () => {
    const response = await rest('/api/users/verify/abc', { method: 'POST' })
    expect(response.status).toBe(404)
  })

  it('should answer the verifyEmail mutation with 404, not a 500', async () => {
    const response = await graphql('mutation { verifyEmailUser(token: "abc") }')
    const raw = (await response.json()) as
      | { errors?: { extensions?: { statusCode?: number } }[] }
      | { extensions?: { statusCode?: number } }[]
    const errors = Array.isArray(raw) ? raw : (raw.errors ?? [])
    expect(errors.map((error) => error.extensions?.statusCode)).toEqual([404])
  })

  it('should answer every auth endpoint with less than 500 whatever it is sent', async () => {
    const answers: string[] = []
    for (const { method, path, body } of GARBAGE) {
      const response = await rest(path, { method, body })
      answers.push(`${response.status} ${method} ${path} ${JSON.stringify(body)}`)
    }
    expect(answers.filter((answer) => answer.startsWith('5'))).toEqual([])
  })
})
