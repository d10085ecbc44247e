import { beforeAll, describe, expect, it } from 'vitest'

import { USERS } from '@collections/slugs'
import type { User } from '@/payload-types'

import { unique } from '../support/fixtures'
import { setupNewsroom } from '../support/newsroom'
import { rest } from '../support/rest'

const { payload, fixtures, users } = await setupNewsroom({ users: { admin: 'admin' } })
const { admin } = users

let adminToken: string

beforeAll(async () => {
  const login = await payload.login({
    collection: USERS,
    data: { email: admin.email, password: 'correct-horse-battery' },
  })
  adminToken = login.token ?? ''
})

type ErrorBody = {
  errors: { message: string; data?: { errors: { path: string; message: string }[] } }[]
}

/** Creates an account through the REST API as the admin does in the admin panel. */
const createAccount = (email: string, password: string) =>
  rest('/api/users', {
    method: 'POST',
    headers: { authorization: `JWT ${adminToken}` },
    body: { email, password, name: 'New Colleague', roles: ['contributor'] },
  })

const passwordErrorOf = async (response: Response) => {
  const [error] = ((await response.json()) as ErrorBody).errors
  expect(error?.data?.errors).toEqual([{ path: 'password', message: error?.message }])
  return error?.message
}

describe('password rules', () => {
  it.each([
    ['shorter than 12 characters', 'short-pass', /at least 12 characters/],
    ['the email address', 'EMAIL', /not be your email address/],
    ['a common password', 'Password1234', /too common/],
    ['one character repeated', 'zzzzzzzzzzzzzzzz', /too common/],
  ])(
    'should refuse a new account whose password is %s, with a clear message',
    async (_, password, message) => {
      const email = `${unique('colleague')}@dispatch.test`
      const response = await createAccount(email, password === 'EMAIL' ? email : password)
      expect(response.status).toBe(400)
      expect(await passwordErrorOf(response)).toMatch(message)
      expect(
        (await payload.count({ collection: USERS, where: { email: { equals: email } } })).totalDocs,
      ).toBe(0)
    },
  )

  it('should accept a long passphrase and let its owner sign in', async () => {
    const email = `${unique('colleague')}@dispatch.test`
    const response = await createAccount(email, 'four random words here')
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: User }
    fixtures.track(USERS, doc.id)
    const login = await payload.login({
      collection: USERS,
      data: { email, password: 'four random words here' },
    })
    expect(login.user?.email).toBe(email)
  })

  it('should refuse a weak password on a change and keep the old one', async () => {
    const reporter = await fixtures.user('contributor')
    const local = reporter.email.split('@')[0] ?? ''
    for (const weak of ['too-short', reporter.email, local.padEnd(12, local)]) {
      const response = await rest(`/api/users/${reporter.id}`, {
        method: 'PATCH',
        headers: { authorization: `JWT ${adminToken}` },
        body: { password: weak },
      })
      expect(response.status, weak).toBe(400)
    }
    const login = await payload.login({
      collection: USERS,
      data: { email: reporter.email, password: 'correct-horse-battery' },
    })
    expect(login.user?.id).toBe(reporter.id)
  })

  it('should refuse a weak password on a change made with the email omitted', async () => {
    const reporter = await fixtures.user('contributor')
    await expect(
      payload.update({ collection: USERS, id: reporter.id, data: { password: reporter.email } }),
    ).rejects.toThrow(/password/i)
  })

  it('should accept a strong password on a change', async () => {
    const reporter = await fixtures.user('contributor')
    await payload.update({
      collection: USERS,
      id: reporter.id,
      data: { password: 'a much longer passphrase' },
    })
    const login = await payload.login({
      collection: USERS,
      data: { email: reporter.email, password: 'a much longer passphrase' },
    })
    expect(login.user?.id).toBe(reporter.id)
  })

  it('should refuse a weak password on a reset by token', async () => {
    const reporter = await fixtures.user('contributor')
    const token = await payload.forgotPassword({
      collection: USERS,
      data: { email: reporter.email },
      disableEmail: true,
    })
    const response = await rest('/api/users/reset-password', {
      method: 'POST',
      body: { token, password: 'short' },
    })
    expect(response.status).toBe(400)
    expect(await passwordErrorOf(response)).toMatch(/at least 12 characters/)
    const reset = await rest('/api/users/reset-password', {
      method: 'POST',
      body: { token, password: 'a fresh long passphrase' },
    })
    expect(reset.status).toBe(200)
  })
})
