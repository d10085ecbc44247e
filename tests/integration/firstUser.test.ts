import { describe, expect, it } from 'vitest'

import { USERS } from '@collections/slugs'

import { setupNewsroom } from '../support/newsroom'

/** A database of its own: "first" only means something where nobody has signed up yet. */
const { payload } = await setupNewsroom({ ownDatabase: 'first-user' })

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
