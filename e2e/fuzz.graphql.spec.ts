import { expect, test } from '@playwright/test'

import { errorMessage, fuzz, nextAddress, recordRequests } from './support/fuzz'
import { graphqlBody } from './support/fuzzGraphql'

/** Payload's GraphQL under generated documents: never a 5xx, not even one hidden in `errors`. */

const RUNS = 250

type GraphqlAnswer = {
  data?: unknown
  errors?: { message?: string; extensions?: { statusCode?: number } }[]
}

test('should answer malformed GraphQL documents with clear errors, never a 5xx', async ({
  request,
}) => {
  test.setTimeout(300_000)
  let requests = 0
  await fuzz(graphqlBody, RUNS, async (body) => {
    requests += 1
    const response = await request.post('/api/graphql', {
      headers: { 'X-Forwarded-For': nextAddress(), 'Content-Type': 'application/json' },
      data: JSON.stringify(body) ?? 'undefined',
    })
    const text = await response.text()
    const what = `POST /api/graphql ${JSON.stringify(body)?.slice(0, 300)} → ${response.status()}: ${text.slice(0, 300)}`
    expect(response.status(), what).toBeLessThan(500)
    const answer = JSON.parse(text) as GraphqlAnswer
    if (response.status() >= 400) expect(errorMessage(answer), what).not.toBeNull()
    // GraphQL answers 200 with resolver errors; a server fault there is a 5xx all the same.
    for (const error of answer.errors ?? []) {
      expect(error.extensions?.statusCode ?? 400, what).toBeLessThan(500)
      expect(error.message, what).not.toBe('Something went wrong.')
    }
  })
  recordRequests('GraphQL documents', requests)
})
