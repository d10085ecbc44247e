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
