import { expect, test } from '@playwright/test'

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
  const statuses: number[] = []
  for (let batch = 0; batch < 7; batch++) {
    const responses = await Promise.all(
      Array.from({ length: 50 }, () => request.get('/api/users/me', { headers })),
    )
    statuses.push(...responses.map((response) => response.status()))
  }
  expect(statuses.filter((status) => status === 200).length).toBeGreaterThanOrEqual(300)
  expect(statuses).toContain(429)
  const refused = await request.get('/api/v1/tags', { headers })
  expect(refused.status()).toBe(429)
  expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0)
  expect((await refused.json()).error.code).toBe('rate_limited')
  const other = await request.get('/api/v1/tags', { headers: { 'X-Forwarded-For': '198.18.0.2' } })
  expect(other.status()).toBe(200)
})

test('should refuse repeated sign-in attempts from one address with 429', async ({ request }) => {
  const attempt = () =>
    request.post('/api/users/login', {
      headers: { 'X-Forwarded-For': '198.18.0.3' },
      data: { email: 'nobody@dispatch.test', password: 'wrong-password' },
    })
  for (let n = 0; n < 20; n++) expect((await attempt()).status()).toBe(401)
  const refused = await attempt()
  expect(refused.status()).toBe(429)
  expect((await refused.json()).errors[0].message).toMatch(/sign-in attempts/)
})
