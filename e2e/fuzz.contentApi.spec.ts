import { test } from '@playwright/test'
import fc from 'fast-check'

import {
  expectCleanApiAnswer,
  fuzz,
  nastyString,
  nextAddress,
  recordRequests,
} from './support/fuzz'
import { encode } from './support/fuzzQueries'

/** The content API (/api/v1) under generated parameters and slugs: 400/404 JSON, never 5xx. */

const RUNS = 200

const parameter = fc.tuple(
  fc.oneof(
    fc.constantFrom('page', 'limit', 'tag', 'author', 'q', 'since', 'until', 'sort', 'where'),
    nastyString,
  ),
  fc.oneof(
    nastyString,
    fc.integer().map(String),
    fc.constantFrom('0', '-1', '101', '1e3', '2025-02-30', '2025-01-01T25:00:00Z', '9'.repeat(40)),
  ),
)

const route = fc.oneof(
  fc.constantFrom(
    '/api/v1/military/articles',
    '/api/v1/authors',
    '/api/v1/tags',
    '/api/v1/openapi.json',
  ),
  nastyString.map((slug) => `/api/v1/military/articles/${encode(slug)}`),
  nastyString.map((slug) => `/api/v1/authors/${encode(slug)}`),
  nastyString.map((path) => `/api/v1/${encode(path)}`),
)

test('should answer malformed content API requests with a 4xx JSON error, never a 5xx', async ({
  request,
}) => {
  test.setTimeout(300_000)
  let requests = 0
  await fuzz(
    fc.record({
      route,
      parameters: fc.array(parameter, { maxLength: 4 }),
      method: fc.constantFrom('GET', 'GET', 'GET', 'POST', 'DELETE'),
    }),
    RUNS,
    async ({ route: path, parameters, method }) => {
      const query = parameters.map(([name, value]) => `${encode(name)}=${encode(value)}`).join('&')
      const url = query ? `${path}?${query}` : path
      requests += 1
      const response = await request.fetch(url, {
        method,
        headers: { 'X-Forwarded-For': nextAddress() },
      })
      await expectCleanApiAnswer(response, `${method} ${url}`)
    },
  )
  recordRequests('/api/v1 parameters and slugs', requests)
})
