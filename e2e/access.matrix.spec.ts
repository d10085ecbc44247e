import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import type { APIRequestContext } from '@playwright/test'
import { expect, test } from '@playwright/test'

import type { MatrixRole, Table } from './support/accessRules'
import { KINDS, PRIVATE_FIELDS, expectedTable, markdownTable } from './support/accessRules'
import type { Caller } from './support/matrixDoors'
import { ITEM_DOORS, listDoors } from './support/matrixDoors'
import { fieldDoors } from './support/matrixFieldDoors'
import { createMatrixFixtures, removeMatrixFixtures } from './support/matrixFixtures'
import { E2E } from './support/settings'

/**
 * Every role through every door, for every kind of content and every private field: the expected
 * table comes from the rules in support/accessRules.ts, the actual one from real responses, and
 * the two are compared whole. The tables are also written to test-results/access-matrix/.
 */

// Each role calls from its own documentation-range address: its own rate-limit allowances.
const ADDRESS: Record<MatrixRole, string> = {
  anonymous: '198.18.12.1',
  contributor: '198.18.12.2',
  editor: '198.18.12.3',
  admin: '198.18.12.4',
}

async function signIn(
  playwright: { request: { newContext(options: object): Promise<APIRequestContext> } },
  baseURL: string,
  role: MatrixRole,
  account?: { email: string; password: string },
): Promise<Caller> {
  const headers: Record<string, string> = { 'X-Forwarded-For': ADDRESS[role] }
  if (account) {
    const login = await playwright.request.newContext({ baseURL, extraHTTPHeaders: headers })
    const response = await login.post('/api/users/login', { data: account })
    expect(response.status(), `${role} signs in`).toBe(200)
    headers.Authorization = `JWT ${(await response.json()).token}`
    await login.dispose()
  }
  // Two contexts: the preview one collects draft-mode cookies that the other must never carry.
  const [api, preview] = await Promise.all([
    playwright.request.newContext({ baseURL, extraHTTPHeaders: headers }),
    playwright.request.newContext({ baseURL, extraHTTPHeaders: headers }),
  ])
  return { role, api, preview }
}

test('should show each role exactly what the access rules allow, through every door', async ({
  playwright,
  baseURL,
}) => {
  test.setTimeout(180_000)
  const base = baseURL ?? E2E.baseURL
  const admin = await signIn(playwright, base, 'admin', E2E.admin)
  const fixtures = await createMatrixFixtures(admin.api, E2E.admin.email)
  const callers = [
    await signIn(playwright, base, 'anonymous'),
    await signIn(playwright, base, 'contributor', fixtures.accounts.contributor),
    await signIn(playwright, base, 'editor', fixtures.accounts.editor),
    admin,
  ]
  try {
    const lists = listDoors(fixtures)
    const fields = fieldDoors(fixtures)
    const actualContent: Table = {}
    const actualFields: Table = {}
    for (const caller of callers) {
      for (const door of lists) {
        const body = await door.read(caller)
        for (const kind of KINDS) {
          const cell = body.includes(fixtures.articles[kind].marker) ? 'yes' : 'no'
          ;(actualContent[door.name] ??= {})[`${caller.role} / ${kind}`] = cell
        }
      }
      for (const door of ITEM_DOORS) {
        for (const kind of KINDS) {
          const article = fixtures.articles[kind]
          const { ok, text: body } = await door.read(caller, article)
          const cell = ok && body.includes(article.marker) ? 'yes' : 'no'
          ;(actualContent[door.name] ??= {})[`${caller.role} / ${kind}`] = cell
        }
      }
      for (const door of fields) {
        const seen = await door.read(caller)
        for (const field of PRIVATE_FIELDS) {
          ;(actualFields[door.name] ??= {})[`${caller.role} / ${field}`] = seen[field]
            ? 'yes'
            : 'no'
        }
      }
    }
    const expectedContent = expectedTable([...lists, ...ITEM_DOORS], KINDS)
    const expectedFields = expectedTable(fields, PRIVATE_FIELDS)

    const database = process.env.DATABASE_URI?.startsWith('mongodb') ? 'mongodb' : 'sqlite'
    const folder = path.join(import.meta.dirname, '../test-results/access-matrix')
    mkdirSync(folder, { recursive: true })
    writeFileSync(
      path.join(folder, `${database}.md`),
      [
        `# Access matrix (${database}): what each role got through each door`,
        markdownTable('Content', actualContent),
        markdownTable('Private fields', actualFields),
      ].join('\n\n') + '\n',
    )
    expect(actualContent).toEqual(expectedContent)
    expect(actualFields).toEqual(expectedFields)
  } finally {
    await removeMatrixFixtures(admin.api, fixtures)
    for (const caller of callers)
      await Promise.all([caller.api.dispose(), caller.preview.dispose()])
  }
})
