import { generatePayloadCookie } from 'payload/shared'
import { describe, expect, it } from 'vitest'

import { Users } from '@collections/Users'
import { env } from '@/platform/env'
import { isHttps } from '@/platform/security/isHttps'

import { setupNewsroom } from '../support/newsroom'
import { ORIGIN, rest } from '../support/rest'

const PASSWORD = 'correct-horse-battery'

const { payload, fixtures, users } = await setupNewsroom({ users: { admin: 'admin' } })
const { admin } = users

const login = (email: string, password: string) =>
  rest('/api/users/login', { method: 'POST', body: { email, password } })

const tokenOf = (setCookie: string | null) => setCookie?.match(/payload-token=([^;]+)/)?.[1] ?? ''

const adminToken = async () =>
  (await payload.login({ collection: 'users', data: { email: admin.email, password: PASSWORD } }))
    .token ?? ''

describe('session cookie', () => {
  it('should be HttpOnly and SameSite=Lax, and not Secure on plain-HTTP localhost', async () => {
    const contributor = await fixtures.user('contributor')
    const response = await login(contributor.email, PASSWORD)
    expect(response.status).toBe(200)
    const cookie = response.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^payload-token=[^;]+;/)
    expect(cookie).toMatch(/; HttpOnly/)
    expect(cookie).toMatch(/; SameSite=Lax/)
    expect(cookie).not.toMatch(/Secure/i)
  })

  it('should be Secure exactly when the public address is HTTPS', () => {
    expect(env.serverUrl).toBe(ORIGIN)
    expect(isHttps('https://news.example')).toBe(true)
    expect(isHttps('http://localhost:3000')).toBe(false)
    const authConfig = typeof Users.auth === 'object' ? Users.auth : {}
    expect(authConfig.cookies).toEqual({ secure: false, sameSite: 'Lax' })
    const overHttps = generatePayloadCookie({
      collectionAuthConfig: { ...authConfig, cookies: { secure: true, sameSite: 'Lax' } },
      cookiePrefix: 'payload',
      token: 'abc',
    } as Parameters<typeof generatePayloadCookie>[0])
    expect(overHttps).toMatch(/; Secure/)
    expect(overHttps).toMatch(/; HttpOnly/)
  })
})

describe('CSRF', () => {
  const me = async (headers: Record<string, string>) => {
    const response = await rest('/api/users/me', { headers })
    return ((await response.json()) as { user: { email: string } | null }).user
  }

  it('should honour the session cookie only on requests from the site itself', async () => {
    const editor = await fixtures.user('editor')
    const cookie = `payload-token=${tokenOf((await login(editor.email, PASSWORD)).headers.get('set-cookie'))}`
    expect((await me({ cookie, origin: ORIGIN }))?.email).toBe(editor.email)
    expect(await me({ cookie, origin: 'https://attacker.example' })).toBeNull()
    expect(await me({ cookie, 'sec-fetch-site': 'cross-site' })).toBeNull()
    expect((await me({ cookie, 'sec-fetch-site': 'same-origin' }))?.email).toBe(editor.email)
  })
})

describe('unlock', () => {
  // Accounts no longer lock (tests/integration/security.signIn.test.ts), but Payload's unlock
  // route stays: only admins may call it.
  it('should let only admins call unlock', async () => {
    const reporter = await fixtures.user('contributor')
    const editor = await fixtures.user('editor')
    const { token } = await payload.login({
      collection: 'users',
      data: { email: editor.email, password: PASSWORD },
    })
    const unlock = (authorization: string) =>
      rest('/api/users/unlock', {
        method: 'POST',
        headers: { authorization },
        body: { email: reporter.email },
      })
    expect((await unlock(`JWT ${token}`)).status).toBe(403)
    expect((await unlock(`JWT ${await adminToken()}`)).status).toBe(200)
  })
})
