import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'

import { createApiGuard } from '@/platform/guard/apiGuard'
import { clientAddress } from '@/platform/guard/clientAddress'
import { CLIENT_ADDRESS_HEADER } from '@/platform/guard/clientAddressHeader'
import { MAX_GRAPHQL_BODY } from '@/platform/guard/graphqlDocuments'
import { parseTrustedProxies } from '@/platform/guard/trustedProxies'
import { EnvError, parseEnv } from '@/platform/env'

/** Headers as server.ts hands them on: the socket's peer, then whatever the client sent. */
const fromPeer = (peer: string, headers: Record<string, string> = {}) =>
  new Headers({ ...headers, [CLIENT_ADDRESS_HEADER]: peer })

const trust = (spec: string) => {
  const trusted = parseTrustedProxies(spec)
  if (typeof trusted === 'string') throw new Error(trusted)
  return trusted
}

describe('client identity', () => {
  it('should ignore X-Forwarded-For and X-Real-IP when no proxy is trusted', () => {
    const headers = fromPeer('203.0.113.5', {
      'x-forwarded-for': '198.51.100.1, 198.51.100.2',
      'x-real-ip': '198.51.100.3',
    })
    expect(clientAddress(headers, trust(''))).toBe('203.0.113.5')
  })

  it('should read X-Forwarded-For from the right, skipping only trusted proxies', () => {
    const headers = fromPeer('::ffff:10.0.0.2', {
      'x-forwarded-for': '198.51.100.66, 203.0.113.9, 10.0.0.1',
    })
    expect(clientAddress(headers, trust('10.0.0.0/8'))).toBe('203.0.113.9')
    expect(clientAddress(headers, trust('10.0.0.2'))).toBe('10.0.0.1')
    expect(clientAddress(headers, trust('1'))).toBe('10.0.0.1')
    expect(clientAddress(headers, trust('2'))).toBe('203.0.113.9')
    expect(
      clientAddress(
        fromPeer('2001:db8::7', { 'x-forwarded-for': '198.51.100.66' }),
        trust('2001:db8::/32'),
      ),
    ).toBe('198.51.100.66')
  })

  it('should take an IPv6 client as its /64, and an IPv4-mapped one as the IPv4 address', () => {
    const inOneNetwork = Array.from({ length: 1000 }, (_, n) =>
      clientAddress(fromPeer(`2001:db8:a:b:${n.toString(16)}::${(n * 7).toString(16)}`)),
    )
    expect(new Set(inOneNetwork)).toEqual(new Set(['2001:db8:a:b::/64']))
    expect(clientAddress(fromPeer('[2001:DB8:A:B:FFFF:1:2:3]:443'))).toBe('2001:db8:a:b::/64')
    expect(clientAddress(fromPeer('2001:db8::1'))).toBe('2001:db8:0:0::/64')
    expect(clientAddress(fromPeer('2001:db8:a:c::1'))).toBe('2001:db8:a:c::/64')
    expect(clientAddress(fromPeer('::1'))).toBe('0:0:0:0::/64')
    expect(clientAddress(fromPeer('64:ff9b::192.0.2.1'))).toBe('64:ff9b:0:0::/64')
    expect(clientAddress(fromPeer('::ffff:192.0.2.33'))).toBe('192.0.2.33')
    expect(clientAddress(fromPeer('192.0.2.33'))).toBe('192.0.2.33')
    // The proxies are matched on their full addresses; only the client is grouped.
    const forwarded = fromPeer('2001:db8:ffff::2', { 'x-forwarded-for': '2001:db8:a:b::99' })
    expect(clientAddress(forwarded, trust('2001:db8:ffff::2'))).toBe('2001:db8:a:b::/64')
  })

  it('should rate-limit 1000 addresses of one IPv6 /64 as one client', async () => {
    const guard = createApiGuard({ apiPerMinute: 3, loginPer15Minutes: 100, viewsPerMinute: 0 })
    let allowed = 0
    for (let n = 0; n < 1000; n++) {
      const headers = fromPeer(`2001:db8:5:6:${n.toString(16)}:1:2:3`)
      const response = await guard(
        new NextRequest('http://localhost:3000/api/authors', { headers }),
      )
      if (response.status === 200) allowed++
    }
    expect(allowed).toBe(3)
  })

  it('should not believe a private header that did not come from our server', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '198.51.100.1' }), trust(''))).toBe(
      'unknown',
    )
  })

  it('should refuse a TRUSTED_PROXIES that is neither addresses nor a hop count', () => {
    expect(() => parseEnv({ TRUSTED_PROXIES: '10.0.0.0/33' })).toThrow(EnvError)
    expect(() => parseEnv({ TRUSTED_PROXIES: 'proxy.internal' })).toThrow(/TRUSTED_PROXIES/)
    expect(parseEnv({ TRUSTED_PROXIES: '127.0.0.1, ::1' }).trustedProxies.kind).toBe('addresses')
    expect(parseEnv({}).trustedProxies.kind).toBe('none')
  })
})

describe('sign-in limit in front of /api', () => {
  const limits = { apiPerMinute: 1000, loginPer15Minutes: 1, viewsPerMinute: 0 }
  const post = (path: string, body: string, type = 'application/json') =>
    new NextRequest(new URL(path, 'http://localhost:3000'), {
      method: 'POST',
      headers: { [CLIENT_ADDRESS_HEADER]: '192.0.2.20', 'content-type': type },
      body,
    })
  const credentials = '{"email":"a@b.c","password":"x"}'

  it.each([
    '/api/users/%6Cogin',
    '/api/users/LOGIN',
    '/api/users/login/',
    '/api//users/login',
    '/api/users/%66orgot-password',
    '/api/users/Reset-Password',
    '/api/users/unlock',
    '/api/users/first-register',
  ])('should count %s as a sign-in attempt', async (path) => {
    const guard = createApiGuard(limits)
    expect((await guard(post('/api/users/login', credentials))).status).toBe(200)
    expect((await guard(post(path, credentials))).status).toBe(429)
  })

  it('should answer malformed percent-encoding under /api with a 400', async () => {
    const response = await createApiGuard(limits)(post('/api/users/%E0%A4%A', credentials))
    expect(response.status).toBe(400)
    expect((await response.json()).errors[0].message).toMatch(/not a valid URL/)
  })

  const graphql = (query: string) => post('/api/graphql', JSON.stringify({ query }))

  it.each([
    'mutation { loginUser,(email: "a@b.c", password: "x") { token } }',
    'mutation { loginUser #comment\n(email: "a@b.c", password: "x") { token } }',
    'mutation { ... on Mutation { forgotPasswordUser(email: "a@b.c") } }',
  ])('should count the GraphQL sign-in in %j', async (query) => {
    const guard = createApiGuard(limits)
    expect((await guard(post('/api/users/login', credentials))).status).toBe(200)
    expect((await guard(graphql(query))).status).toBe(429)
  })

  it('should refuse more than one sign-in mutation in one GraphQL request', async () => {
    const guard = createApiGuard({ ...limits, loginPer15Minutes: 100 })
    const aliases = Array.from(
      { length: 4 },
      (_, n) =>
        `try${n}: loginUser(email: "editor@dispatch.test", password: "guess-${n}") { token }`,
    )
    const response = await guard(graphql(`mutation { ${aliases.join(' ')} }`))
    expect(response.status).toBe(400)
    expect((await response.json()).errors[0].message).toMatch(/One sign-in/)
    const batch = JSON.stringify([
      { query: 'mutation { loginUser(email: "a@b.c", password: "x") { token } }' },
      { query: 'mutation { loginUser(email: "a@b.c", password: "y") { token } }' },
    ])
    expect((await guard(post('/api/graphql', batch))).status).toBe(400)
  })

  it('should refuse GraphQL it cannot read, or that is too big to read, instead of passing it on', async () => {
    const guard = createApiGuard({ ...limits, loginPer15Minutes: 100 })
    expect((await guard(graphql('mutation { loginUser(email: "a@b.c" '))).status).toBe(400)
    const padding = ' '.repeat(MAX_GRAPHQL_BODY)
    const big = await guard(
      graphql(`mutation {${padding} loginUser(email: "a@b.c", password: "x") { token } }`),
    )
    expect(big.status).toBe(413)
    const query = encodeURIComponent(
      '{ a: loginUser(email: "a", password: "b") { token } b: loginUser(email: "a", password: "c") { token } }',
    )
    const viaGet = await guard(
      new NextRequest(`http://localhost:3000/api/graphql?query=${query}`, {
        headers: { [CLIENT_ADDRESS_HEADER]: '192.0.2.21' },
      }),
    )
    expect(viaGet.status).toBe(400)
  })
})
