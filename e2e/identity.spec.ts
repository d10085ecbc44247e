import { request as httpRequest } from 'node:http'

import { expect, test } from '@playwright/test'

import { E2E } from './support/settings'

/**
 * A client that reaches the app directly, not through the proxy the test server trusts
 * (TRUSTED_PROXIES=127.0.0.1, ::1 in e2e/support/server.ts): connections from another loopback
 * address, which Linux routes to this machine as well. Whatever X-Forwarded-For it sends, it is
 * one client.
 */
function direct(
  from: string,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      {
        host: '127.0.0.1',
        port: E2E.port,
        localAddress: from,
        path,
        method: init.method ?? 'GET',
        headers: init.headers,
      },
      (response) => {
        let body = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (body += chunk))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
      },
    )
    outgoing.on('error', reject)
    outgoing.end(init.body)
  })
}

const forged = (n: number) => ({ 'X-Forwarded-For': `198.18.50.${n}` })

test('should not count more views for a direct client that forges X-Forwarded-For', async ({
  request,
}) => {
  const list = await (await request.get('/api/v1/military/articles?limit=1')).json()
  const id: string = list.data[0].id
  const userAgent = 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0.0.0 Safari/537.36'
  let counted = 0
  for (let n = 0; n < 25; n++) {
    const response = await direct('127.0.0.2', `/api/v1/articles/${id}/view`, {
      method: 'POST',
      headers: { ...forged(n), 'User-Agent': userAgent },
    })
    expect(response.status).toBe(200)
    if (JSON.parse(response.body).data.counted) counted += 1
  }
  // One address and browser count a few times a day (src/views/visitorsToday.ts), never 25.
  expect(counted).toBeLessThanOrEqual(10)
})

test('should give a direct client one sign-in allowance whatever X-Forwarded-For it sends', async () => {
  test.setTimeout(120_000)
  const attempt = (n: number) =>
    direct('127.0.0.3', '/api/users/login', {
      method: 'POST',
      headers: { ...forged(n), 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: `nobody-${n}@dispatch.test`, password: 'wrong-password' }),
    })
  // All at once: the guard counts each on arrival, before a password hash slows the answers.
  const responses = await Promise.all(
    Array.from({ length: E2E.loginLimit + 10 }, (_, n) => attempt(n)),
  )
  const refused = responses.filter((response) => response.status === 429)
  expect(refused.length).toBeGreaterThanOrEqual(5)
  expect(refused[0]?.body).toMatch(/sign-in attempts/)
  expect(responses.every((response) => [401, 429].includes(response.status))).toBe(true)
})
