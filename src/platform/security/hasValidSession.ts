import { createHash } from 'node:crypto'

import { jwtVerify } from 'jose'

import { env } from '@/platform/env'

import { sessionToken } from './sessionToken'

/** Payload signs sessions with this, not PAYLOAD_SECRET itself (see Payload's `init`). */
const signingKey = (secret: string) =>
  new TextEncoder().encode(createHash('sha256').update(secret).digest('hex').slice(0, 32))

const keys = new Map<string, Uint8Array>()

/**
 * Whether a request carries a session token Payload signed and that has not expired: HS256 with
 * Payload's key, checked without a database read, so it costs the same for a forged token as for
 * a real one. A token of a session since signed out still passes until it expires; Payload itself
 * refuses it, so it earns only a rate-limit allowance, never access. API keys can only be checked
 * against the database and do not count.
 */
export async function hasValidSession(
  headers: Headers,
  secret: string = env.payloadSecret,
): Promise<boolean> {
  const token = sessionToken(headers)
  if (!token) return false
  let key = keys.get(secret)
  if (!key) keys.set(secret, (key = signingKey(secret)))
  try {
    const { payload } = await jwtVerify(token, key, {
      algorithms: ['HS256'],
      requiredClaims: ['exp'],
    })
    return typeof payload.collection === 'string' && payload.id !== undefined
  } catch {
    return false
  }
}
