import type { Payload } from 'payload'
import { afterAll } from 'vitest'

import type { Role } from '@/people/roles'
import type { User } from '@/payload-types'

import { Fixtures } from './fixtures'
import { ownPayload, testPayload } from './payload'

/** A colleague a test file signs up before its tests: a role, or a role and a display name. */
type Colleague = Role | { role: Role; name: string }

type NewsroomOptions<Colleagues extends Record<string, Colleague>> = {
  /** Colleagues by the names the file calls them, e.g. `{ editor: 'editor' }`. */
  users?: Colleagues
  /**
   * A database of the file's own instead of the shared one (`seed` → `seed.db` beside it), for
   * tests that need an empty newsroom: no first admin is made, and it is emptied afterwards.
   */
  ownDatabase?: string
}

export type Newsroom<Colleagues extends Record<string, Colleague>> = {
  payload: Payload
  fixtures: Fixtures
  users: { [Name in keyof Colleagues]: User }
}

/**
 * The real Payload on the test database, with the colleagues a file asks for and its `Fixtures`;
 * everything it made is deleted after the file's tests. Awaited at the top of a test file, so
 * the handles are plain constants: `const { payload, fixtures } = await setupNewsroom()`.
 */
export async function setupNewsroom<
  const Colleagues extends Record<string, Colleague> = Record<never, never>,
>(options: NewsroomOptions<Colleagues> = {}): Promise<Newsroom<Colleagues>> {
  const own = options.ownDatabase ? await ownPayload(options.ownDatabase) : undefined
  const payload = own?.payload ?? (await testPayload())
  const fixtures = new Fixtures(payload)
  afterAll(async () => {
    await fixtures.cleanup()
    await own?.dispose()
  })
  const users: Record<string, User> = {}
  // One after another, so the accounts are made in the order the file lists them.
  for (const [name, colleague] of Object.entries(options.users ?? {})) {
    users[name] =
      typeof colleague === 'string'
        ? await fixtures.user(colleague)
        : await fixtures.user(colleague.role, colleague.name)
  }
  return { payload, fixtures, users: users as Newsroom<Colleagues>['users'] }
}
