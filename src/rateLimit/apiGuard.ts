import { NextResponse } from 'next/server'
import type { NextRequest } from 'next/server'

import { clientAddress } from './clientAddress'
import type { RateLimitDecision } from './rateLimiter'
import { RateLimiter, rateLimitHeaders } from './rateLimiter'

export type ApiGuardLimits = {
  apiPerMinute: number
  loginPer15Minutes: number
}

const MINUTE = 60_000

/** Callers that present credentials get this many times the anonymous allowance. */
const SIGNED_IN_FACTOR = 10

/** Payload's auth endpoints that guess or mail passwords: limited much more tightly. */
const AUTH_ENDPOINT = /^\/api\/[^/]+\/(login|forgot-password|reset-password|unlock|first-register)$/

/** The same through GraphQL (loginUser, forgotPasswordUser, resetPasswordUser, unlockUser). */
const AUTH_MUTATION = /\b(login|forgotPassword|resetPassword|unlock)[A-Z]\w*\s*\(/

/** Largest GraphQL body read to look for auth mutations; a bigger one is simply counted. */
const MAX_INSPECTED_BODY = 64 * 1024

/** Uploaded images: static files the site itself requests through the image optimiser. */
const MEDIA_FILES = /^\/api\/[^/]+\/file\//

/** A session cookie or an Authorization header (JWT or API key); Payload checks them later. */
function hasCredentials(request: NextRequest): boolean {
  if (request.headers.get('authorization')) return true
  return request.cookies.getAll().some((cookie) => cookie.name.endsWith('-token'))
}

async function isAuthAttempt(request: NextRequest): Promise<boolean> {
  if (request.method !== 'POST') return false
  const { pathname } = request.nextUrl
  if (AUTH_ENDPOINT.test(pathname)) return true
  if (pathname !== '/api/graphql') return false
  const length = Number(request.headers.get('content-length') ?? Infinity)
  if (!(length <= MAX_INSPECTED_BODY)) return false
  return AUTH_MUTATION.test(await request.clone().text())
}

function refused(request: NextRequest, decision: RateLimitDecision, message: string) {
  const headers = rateLimitHeaders(decision)
  // The content API answers in its own error shape; Payload's routes in Payload's.
  const body = request.nextUrl.pathname.startsWith('/api/v1/')
    ? { error: { code: 'rate_limited', message, issues: [] } }
    : { errors: [{ message }] }
  return NextResponse.json(body, { status: 429, headers })
}

/**
 * Per-address limits in front of every /api route (Payload's REST and GraphQL and the content
 * API): sign-in attempts, anonymous traffic, and a looser allowance for callers with
 * credentials (a forged header earns only that, never unlimited access).
 */
export function createApiGuard(limits: ApiGuardLimits) {
  const auth = new RateLimiter({ limit: limits.loginPer15Minutes, windowMs: 15 * MINUTE })
  const anonymous = new RateLimiter({ limit: limits.apiPerMinute, windowMs: MINUTE })
  const signedIn = new RateLimiter({
    limit: limits.apiPerMinute * SIGNED_IN_FACTOR,
    windowMs: MINUTE,
  })

  return async function apiGuard(request: NextRequest): Promise<NextResponse> {
    if (MEDIA_FILES.test(request.nextUrl.pathname) || request.method === 'OPTIONS') {
      return NextResponse.next()
    }
    const address = clientAddress(request.headers)

    if (await isAuthAttempt(request)) {
      const decision = auth.take(address)
      if (!decision.isAllowed) {
        return refused(request, decision, 'Too many sign-in attempts from this address.')
      }
    }

    const decision = (hasCredentials(request) ? signedIn : anonymous).take(address)
    if (!decision.isAllowed) {
      return refused(request, decision, 'Too many requests from this address. Slow down.')
    }
    const response = NextResponse.next()
    if (anonymous.isEnabled) {
      for (const [name, value] of Object.entries(rateLimitHeaders(decision))) {
        response.headers.set(name, value)
      }
    }
    return response
  }
}
