import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { pythonToolsBin } from '../../scripts/lib/pythonTools'

/**
 * Schemathesis (a fuzzer nobody here wrote) reads the content API's OpenAPI document and
 * generates requests from it: every documented operation, with valid and invalid parameters and
 * with methods the document does not list. All its checks are on: no 5xx, status codes, headers
 * and bodies as documented, invalid input refused, valid input accepted, 405 for other methods.
 * The example count is bounded so the run takes well under a minute.
 */
test('should pass every schemathesis check on the content API', async ({ baseURL }) => {
  test.setTimeout(240_000)
  const run = spawnSync(
    pythonToolsBin.schemathesis(),
    [
      'run',
      `${baseURL}/api/v1/openapi.json`,
      '--checks',
      'all',
      '--phases',
      'examples,coverage,fuzzing',
      '--max-examples',
      '25',
      '--workers',
      '1',
      '--seed',
      '20261202',
    ],
    {
      // Schemathesis keeps a cache of what it found in its working folder: not in the repo.
      cwd: mkdtempSync(path.join(os.tmpdir(), 'dispatch-schemathesis-')),
      encoding: 'utf8',
      timeout: 220_000,
      env: { ...process.env, NO_COLOR: '1', SCHEMATHESIS_TELEMETRY: 'false' },
    },
  )
  const report = `${run.stdout}\n${run.stderr}`
  await test.info().attach('schemathesis', { body: report, contentType: 'text/plain' })
  expect(run.error).toBeUndefined()
  // On failure the report (attached above, and in this message) names each failing case.
  expect(run.status, report.slice(-6000)).toBe(0)
})
