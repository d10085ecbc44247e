import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

import { expect, test } from '@playwright/test'

const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar')

const DEMO_LEAD = '/military/europe-races-to-refill-air-defence-interceptor-stocks'

/** Every kind of page a reader or API user lands on, as the server sends it (no JavaScript). */
const PAGES = [
  '/',
  '/military/page/2',
  DEMO_LEAD,
  '/authors/helen-marsh',
  '/military/topics/air-defence',
  '/search?q=drones',
  '/search?q=nothing-matches-this',
  '/military/no-such-story',
  '/authors/no-such-reporter',
  '/military/page/99',
  '/no-such-page',
  '/authors/%E0%A4%A',
  '/api/v1/docs',
]

type NuMessage = { type: string; url: string; lastLine?: number; message: string; extract?: string }

/**
 * The W3C Nu HTML Checker (the validator behind validator.w3.org/nu, run from its jar with the
 * machine's Java) reads each page: zero errors allowed. One run for all pages keeps the JVM's
 * start-up to once.
 */
test('should pass the W3C Nu HTML Checker on every kind of page', async ({ request }) => {
  test.setTimeout(120_000)
  const folder = mkdtempSync(path.join(os.tmpdir(), 'dispatch-nu-'))
  const files: string[] = []
  for (const [index, pagePath] of PAGES.entries()) {
    const response = await request.get(pagePath)
    expect(response.headers()['content-type'], pagePath).toContain('text/html')
    // The 404s must be the site's page, not an empty shell the checker would let pass.
    if (response.status() >= 400)
      expect(await response.text(), pagePath).toContain('<html lang="en"')
    const file = path.join(folder, `${index}.html`)
    writeFileSync(file, await response.text())
    files.push(file)
  }
  const run = spawnSync(
    'java',
    ['-jar', vnuJar, '--errors-only', '--format', 'json', '--stdout', ...files],
    { encoding: 'utf8' },
  )
  expect(run.error).toBeUndefined()
  const { messages } = JSON.parse(run.stdout) as { messages: NuMessage[] }
  const errors = messages.map((message) => {
    const page = PAGES[Number(path.basename(message.url, '.html').replace(/^.*\//, ''))]
    return `${page}:${message.lastLine ?? '?'}: ${message.message} [${message.extract ?? ''}]`
  })
  expect(errors).toEqual([])
})
