import { expect, test } from '@playwright/test'

// The outage spec proves /readyz answers 503 naming the database when MongoDB goes away.

test('should answer the liveness and readiness probes, uncached, for GET and HEAD', async ({
  request,
}) => {
  for (const path of ['/healthz', '/readyz']) {
    for (const method of ['GET', 'HEAD'] as const) {
      const response = await request.fetch(path, { method })
      expect(response.status(), `${method} ${path}`).toBe(200)
      expect(response.headers()['cache-control'], `${method} ${path}`).toContain('no-store')
    }
  }
  expect(await (await request.get('/healthz')).json()).toEqual({ status: 'ok' })
  expect(await (await request.get('/readyz')).json()).toEqual({
    status: 'ready',
    checks: { database: 'ok' },
  })
})
