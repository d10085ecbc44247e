import { NextRequest } from 'next/server'
import { jwtSign } from 'payload'
import { describe, expect, it } from 'vitest'

import { createApiGuard } from '@/platform/guard/apiGuard'
import { CLIENT_ADDRESS_HEADER } from '@/platform/guard/clientAddressHeader'

import { setupNewsroom } from '../support/newsroom'
import { rest } from '../support/rest'

const PASSWORD = 'correct-horse-battery'
const ANONYMOUS_LIMIT = 3
/** The guard's SIGNED_IN_FACTOR times the anonymous limit. */
const SIGNED_IN_LIMIT = 30

const { payload, users } = await setupNewsroom({ users: { editor: 'editor' } })

/** A real session token, from signing in through Payload's REST API. */
async function signIn(): Promise<string> {
  const response = await rest('/api/users/login', {
    method: 'POST',
    body: { email: users.editor.email, password: PASSWORD },
  })
  const { token } = (await response.json()) as { token: string }
  return token
}

/** The claims Payload signs for this editor, signed here with any secret and lifetime. */
const tokenSignedWith = async (secret: string, tokenExpiration: number) =>
  (
    await jwtSign({
      fieldsToSign: { id: users.editor.id, collection: 'users', email: users.editor.email },
      secret,
      tokenExpiration,
    })
  ).token

/** How many of 40 GETs from one new address the guard lets through with these headers. */
async function allowed(headers: Record<string, string>, address: string): Promise<number> {
  const guard = createApiGuard({
    apiPerMinute: ANONYMOUS_LIMIT,
    loginPer15Minutes: 100,
    viewsPerMinute: 0,
  })
  let count = 0
  for (let n = 0; n < 40; n++) {
    const request = new NextRequest('http://localhost:3000/api/authors?limit=1', {
      headers: { ...headers, [CLIENT_ADDRESS_HEADER]: address },
    })
    if ((await guard(request)).status === 200) count++
  }
  return count
}

describe('signed-in rate-limit allowance', () => {
  it('should give a real session token the larger allowance, as a header or the cookie', async () => {
    const token = await signIn()
    expect(await allowed({ authorization: `JWT ${token}` }, '192.0.2.40')).toBe(SIGNED_IN_LIMIT)
    expect(await allowed({ authorization: `Bearer ${token}` }, '192.0.2.41')).toBe(SIGNED_IN_LIMIT)
    expect(await allowed({ cookie: `theme=dark; payload-token=${token}` }, '192.0.2.42')).toBe(
      SIGNED_IN_LIMIT,
    )
  })

  it('should give a forged token only the anonymous allowance', async () => {
    expect(await allowed({ authorization: 'JWT forged' }, '192.0.2.43')).toBe(ANONYMOUS_LIMIT)
    expect(await allowed({ cookie: 'payload-token=forged' }, '192.0.2.44')).toBe(ANONYMOUS_LIMIT)
    const [header, , signature] = (await signIn()).split('.')
    const claims = Buffer.from(JSON.stringify({ id: 'x', collection: 'users', exp: 4e9 }))
    const tampered = `${header}.${claims.toString('base64url')}.${signature}`
    expect(await allowed({ authorization: `JWT ${tampered}` }, '192.0.2.45')).toBe(ANONYMOUS_LIMIT)
  })

  it('should give an expired token only the anonymous allowance', async () => {
    const expired = await tokenSignedWith(payload.secret, -60)
    expect(await allowed({ authorization: `JWT ${expired}` }, '192.0.2.46')).toBe(ANONYMOUS_LIMIT)
  })

  it('should give a token signed with another secret only the anonymous allowance', async () => {
    const foreign = await tokenSignedWith('another-newsroom-secret-0123456789', 3600)
    expect(await allowed({ authorization: `JWT ${foreign}` }, '192.0.2.47')).toBe(ANONYMOUS_LIMIT)
    // The same claims with our key do earn it: the secret is the only difference.
    const ours = await tokenSignedWith(payload.secret, 3600)
    expect(await allowed({ authorization: `JWT ${ours}` }, '192.0.2.48')).toBe(SIGNED_IN_LIMIT)
  })

  it('should give an API key the anonymous allowance (it can only be checked in the database)', async () => {
    expect(await allowed({ authorization: 'users API-Key abc' }, '192.0.2.49')).toBe(
      ANONYMOUS_LIMIT,
    )
  })
})
