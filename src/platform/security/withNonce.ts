import type { NextRequest } from 'next/server'
import { NextResponse } from 'next/server'

import { noncePolicy } from './contentSecurityPolicy'

/**
 * A fresh nonce and the strict policy for a page rendered per request. Next.js reads the nonce
 * from the request's policy header and puts it on every script it emits.
 */
export function withNonce(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64')
  const policy = noncePolicy(nonce, {
    frameAncestors: "'none'",
    isDevelopment: process.env.NODE_ENV === 'development',
  })
  const headers = new Headers(request.headers)
  headers.set('content-security-policy', policy)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('content-security-policy', policy)
  return response
}
