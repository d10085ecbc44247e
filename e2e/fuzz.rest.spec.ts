import { test } from '@playwright/test'
import fc from 'fast-check'

import { expectCleanApiAnswer, fuzz, nextAddress, recordRequests } from './support/fuzz'
import { rawQuery, restPath, restQuery } from './support/fuzzQueries'
import { adminHeaders } from './support/newsroom'

/** Payload's REST API under generated where/sort/depth/limit/page: 4xx at worst, never 5xx. */

const RUNS = 400

test('should answer malformed REST queries with a 4xx JSON error, never a 5xx', async ({
  request,
}) => {
  test.setTimeout(300_000)
  const admin = await adminHeaders(request)
  let requests = 0
  await fuzz(
    fc.record({
      path: restPath,
      query: fc.oneof({ weight: 6, arbitrary: restQuery }, { weight: 1, arbitrary: rawQuery }),
      // Anonymous callers get the access rules' where merged in; the newsroom does not.
      isSignedIn: fc.boolean(),
    }),
    RUNS,
    async ({ path, query, isSignedIn }) => {
      const url = `${path}?${query}`
      const headers = { 'X-Forwarded-For': nextAddress(), ...(isSignedIn ? admin : {}) }
      requests += 1
      await expectCleanApiAnswer(await request.get(url, { headers }), `GET ${url}`)
    },
  )
  recordRequests('REST where/sort/depth/limit', requests)
})
