/**
 * The database going away under a running site, on a server and database of this spec's own
 * (e2e/support/outage.ts). On the MongoDB path FerretDB is killed mid-traffic and started again;
 * on the embedded path the SQLite file is renamed away (the running process keeps its open
 * handle: docs/reliability.md). Both paths: an acknowledged write survives a kill -9 of the app.
 */
import { expect, test } from '@playwright/test'

import { E2E } from './support/settings'
import { outageSetup } from './support/outage'

test.describe.configure({ mode: 'serial', timeout: 240_000 })

const setup = outageSetup()
const { app, ferret } = setup
let token = ''

type Doc = { id: string; slug: string; title: string; heroImage: string; authors: string[] }

async function api(path: string, init: RequestInit = {}) {
  const started = Date.now()
  const response = await fetch(`${app.baseURL}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}`, ...init.headers },
  })
  const text = await response.text()
  return { status: response.status, headers: response.headers, text, ms: Date.now() - started }
}

const newDraft = (template: Doc, title: string) =>
  api('/api/articles?draft=true', {
    method: 'POST',
    body: JSON.stringify({
      title,
      section: 'military',
      heroImage: template.heroImage,
      authors: template.authors,
      _status: 'draft',
    }),
  })

async function countTitled(title: string): Promise<number> {
  const where = `where[title][equals]=${encodeURIComponent(title)}&draft=true&depth=0`
  const { status, text } = await api(`/api/articles?${where}`)
  expect(status).toBe(200)
  return (JSON.parse(text) as { totalDocs: number }).totalDocs
}

let template: Doc

test.beforeAll(async () => {
  setup.prepare()
  await ferret?.start()
  await app.start()
  const login = await fetch(`${app.baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(E2E.admin),
  })
  token = ((await login.json()) as { token: string }).token
  const list = await api('/api/articles?limit=1&depth=0&where[_status][equals]=published')
  const first = (JSON.parse(list.text) as { docs: Doc[] }).docs[0]
  if (!first) throw new Error('The demo newsroom has no published article')
  template = first
})

test.afterAll(() => setup.cleanup())

test('should keep an acknowledged write after the app is killed and restarted', async () => {
  const title = `Acknowledged before a crash ${Date.now()}`
  const created = await newDraft(template, title)
  expect(created.status).toBe(201)
  await app.kill()
  await app.start()
  expect(await countTitled(title)).toBe(1)
})

if (ferret) {
  test('should serve cached pages, answer 503 within 5 s and recover within 5 s when MongoDB goes away', async ({
    page,
  }) => {
    const articlePath = `/military/${template.slug}`
    for (const path of ['/', articlePath, '/readyz']) expect((await api(path)).status).toBe(200)
    const acknowledged = `Saved before the outage ${Date.now()}`
    expect((await newDraft(template, acknowledged)).status).toBe(201)

    await ferret.kill()

    // Pages already in the cache are still served.
    for (const path of ['/', articlePath]) expect((await api(path)).status).toBe(200)

    // What needs the database fails fast with 503 and Retry-After: the content API and REST.
    const missing = `outage-${Date.now()}`
    for (const path of [
      `/api/v1/military/articles?q=${missing}`,
      `/api/articles?where[title][equals]=${missing}`,
    ]) {
      const answer = await api(path)
      expect(answer.status, path).toBe(503)
      expect(answer.headers.get('retry-after'), path).toBe('5')
      expect(JSON.parse(answer.text), path).toBeTruthy()
      expect(answer.ms, path).toBeLessThan(5000)
      console.log(`outage: ${path} answered 503 in ${answer.ms} ms`)
    }
    // The probes: the process is alive, but not ready, and says which dependency is missing.
    expect((await api('/healthz')).status).toBe(200)
    const readiness = await api('/readyz')
    expect(readiness.status).toBe(503)
    expect(readiness.ms).toBeLessThan(5000)
    expect(JSON.parse(readiness.text)).toEqual({
      status: 'unavailable',
      checks: { database: 'unreachable' },
    })

    // A page that needs the database gets the friendly error page, no stack trace, no hang.
    const pageStarted = Date.now()
    const response = await page.goto(`${app.baseURL}/search?q=${missing}`)
    const pageMs = Date.now() - pageStarted
    expect(pageMs).toBeLessThan(5000)
    expect(response?.status()).toBeGreaterThanOrEqual(500)
    await expect(page.getByRole('heading', { name: 'Something went wrong' })).toBeVisible()
    await expect(page.locator('body')).not.toContainText(/Mongo|\.js:\d+/)

    // A write fails cleanly.
    const attempted = `Attempted during the outage ${Date.now()}`
    const write = await newDraft(template, attempted)
    expect(write.status).toBe(503)
    expect(write.ms).toBeLessThan(5000)
    console.log(
      `outage: search page ${response?.status()} in ${pageMs} ms, write ${write.status} in ${write.ms} ms`,
    )

    await ferret.start()
    const back = Date.now()
    let recovered = await api(`/api/v1/military/articles?q=${missing}`)
    while (recovered.status !== 200 && Date.now() - back < 5000) {
      recovered = await api(`/api/v1/military/articles?q=${missing}`)
    }
    expect(recovered.status).toBe(200)
    expect(Date.now() - back).toBeLessThan(5000)
    console.log(`outage: answering again ${Date.now() - back} ms after MongoDB was back`)
    expect((await api('/readyz')).status).toBe(200)

    // No half-written document from the failed write; the acknowledged one is intact.
    expect(await countTitled(attempted)).toBe(0)
    expect(await countTitled(acknowledged)).toBe(1)
  })
} else {
  test('should keep serving and saving when the SQLite file is renamed away under the app', async () => {
    const { renameSync } = await import('node:fs')
    const moved = `${setup.databaseFile}.moved`
    renameSync(setup.databaseFile, moved)
    try {
      // The app holds the file open: reads and writes go on against the same file.
      expect((await api(`/api/v1/military/articles?q=outage-${Date.now()}`)).status).toBe(200)
      const title = `Saved while the file was moved ${Date.now()}`
      const write = await newDraft(template, title)
      expect(write.status).toBe(201)
      renameSync(moved, setup.databaseFile)
      await app.kill()
      await app.start()
      expect(await countTitled(title)).toBe(1)
    } finally {
      try {
        renameSync(moved, setup.databaseFile)
      } catch {
        // Already back in place.
      }
    }
  })
}
