import type { NextRequest } from 'next/server'
import { NextResponse } from 'next/server'

import { noncePolicy } from './contentSecurityPolicy'

/** The request to render with: Next.js reads its policy header for the nonce. */
export type RenderInit = { request: { headers: Headers } }

type Options = {
  /** `'self'` on pages the admin's live preview frames (`isFramedPath`). */
  frameAncestors?: "'none'" | "'self'"
  /** How the request goes on (a rewrite, say); by default to the page it names. */
  respond?: (init: RenderInit) => NextResponse
}

/**
 * A fresh nonce and the strict policy for a page rendered per request. Next.js reads the nonce
 * from the request's policy header and puts it on every script it emits.
 */
export function withNonce(
  request: NextRequest,
  { frameAncestors = "'none'", respond = (init) => NextResponse.next(init) }: Options = {},
): NextResponse {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64')
  const policy = noncePolicy(nonce, {
    frameAncestors,
    isDevelopment: process.env.NODE_ENV === 'development',
  })
  const headers = new Headers(request.headers)
  headers.set('content-security-policy', policy)
  const response = respond({ request: { headers } })
  response.headers.set('content-security-policy', policy)
  return response
}
