import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { USERS } from '@collections/slugs'

/** A database of its own: "first" only means something where nobody has signed up yet. */
function separateDatabase(uri: string): string {
  if (uri.startsWith('file:'))
    return `file:${path.join(path.dirname(uri.slice(5)), 'first-user.db')}`
  const url = new URL(uri)
  url.pathname = `${url.pathname.replace(/^\//, '') || 'dispatch'}_first_user`
  return url.toString()
}

let payload: Payload
const sharedDatabase = process.env.DATABASE_URI

beforeAll(async () => {
  process.env.DATABASE_URI = separateDatabase(sharedDatabase ?? '')
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  payload = await getPayload({ config })
})

afterAll(async () => {
  await payload.delete({ collection: USERS, where: { id: { exists: true } } })
  process.env.DATABASE_URI = sharedDatabase
})

describe('the first account', () => {
  it('should make the first account an admin, whatever role was asked for', async () => {
    const first = await payload.create({
      collection: USERS,
      data: {
        email: 'founder@dispatch.test',
        password: 'founder-password',
        name: 'Founder',
        roles: ['contributor'],
      },
    })
    expect(first.roles).toEqual(['admin'])
  })

  it('should give later accounts the role they were given', async () => {
    const second = await payload.create({
      collection: USERS,
      data: {
        email: 'second@dispatch.test',
        password: 'second-password',
        name: 'Second',
        roles: ['editor'],
      },
    })
    expect(second.roles).toEqual(['editor'])
  })
})
