import { expect, test } from '@playwright/test'

import { E2E } from './support/settings'

/** What an anonymous API consumer gets from Payload's own REST and GraphQL, over real HTTP. */

test('should list published Military articles to an anonymous caller', async ({ request }) => {
  const response = await request.get('/api/articles', {
    params: { 'where[section][equals]': 'military', limit: '100', depth: '0' },
  })
  expect(response.status()).toBe(200)
  const body = await response.json()
  expect(body.totalDocs).toBeGreaterThanOrEqual(12)
  for (const doc of body.docs) {
    expect(doc.section).toBe('military')
    expect(doc._status).toBe('published')
  }
})

test('should never list drafts, even when asked for them', async ({ request }) => {
  for (const draftParam of ['false', 'true']) {
    const response = await request.get('/api/articles', {
      params: { limit: '100', depth: '0', draft: draftParam },
    })
    const body = await response.json()
    expect(body.docs.length).toBeGreaterThan(0)
    expect(body.docs.map((doc: { _status: string }) => doc._status)).not.toContain('draft')
  }
})

test('should refuse anonymous callers the users collection', async ({ request }) => {
  const response = await request.get('/api/users')
  expect(response.status()).toBe(403)
})

test('should not reveal authors’ emails', async ({ request }) => {
  const response = await request.get('/api/authors', { params: { limit: '100' } })
  const body = await response.json()
  expect(body.docs.length).toBeGreaterThan(0)
  for (const author of body.docs) expect(author).not.toHaveProperty('email')
})

test('should answer GraphQL with published articles only', async ({ request }) => {
  const response = await request.post('/api/graphql', {
    data: { query: '{ Articles(limit: 100, draft: true) { docs { slug _status section } } }' },
  })
  expect(response.status()).toBe(200)
  const body = await response.json()
  const docs: { _status: string }[] = body.data.Articles.docs
  expect(docs.length).toBeGreaterThan(0)
  expect(docs.map((doc) => doc._status)).not.toContain('draft')
})

test('should refuse GraphQL queries for users from anonymous callers', async ({ request }) => {
  const response = await request.post('/api/graphql', {
    data: { query: '{ Users { docs { email } } }' },
  })
  const body = await response.json()
  expect(body.errors?.[0]?.message).toMatch(/not allowed/i)
  expect(JSON.stringify(body.data ?? {})).not.toContain('@')
})

/**
 * Rate limits, each from its own documentation-range address so the other specs (all from this
 * machine) keep their allowance. The app reads the caller's address from X-Forwarded-For, as a
 * reverse proxy in front of it would set it.
 */
test('should refuse a flood of anonymous API requests from one address with 429', async ({
  request,
}) => {
  const headers = { 'X-Forwarded-For': '198.18.0.1' }
  const responses = []
  // The allowance refills while the flood runs, so look at the refusals inside it.
  for (let batch = 0; batch < 8; batch++) {
    responses.push(
      ...(await Promise.all(
        Array.from({ length: 50 }, () => request.get('/api/v1/tags', { headers })),
      )),
    )
  }
  const allowed = responses.filter((response) => response.status() === 200)
  const refused = responses.find((response) => response.status() === 429)
  expect(allowed.length).toBeGreaterThanOrEqual(300)
  expect(refused).toBeDefined()
  expect(Number(refused?.headers()['retry-after'])).toBeGreaterThan(0)
  expect((await refused?.json()).error.code).toBe('rate_limited')
  const other = await request.get('/api/v1/tags', { headers: { 'X-Forwarded-For': '198.18.0.2' } })
  expect(other.status()).toBe(200)
})

test('should refuse repeated sign-in attempts from one address with 429', async ({ request }) => {
  // A new email each time: one account's own failure limit is another test's business.
  const attempt = (_: unknown, n: number) =>
    request.post('/api/users/login', {
      headers: { 'X-Forwarded-For': '198.18.0.3' },
      data: { email: `nobody-${n}@dispatch.test`, password: 'wrong-password' },
    })
  // All at once: the guard counts each on arrival, before a password hash slows the answers.
  const responses = await Promise.all(Array.from({ length: E2E.loginLimit + 10 }, attempt))
  const refused = responses.filter((response) => response.status() === 429)
  expect(refused.length).toBeGreaterThanOrEqual(5)
  expect((await refused[0]?.json())?.errors[0].message).toMatch(/sign-in attempts/)
})
