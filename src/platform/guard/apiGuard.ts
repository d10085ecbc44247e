import { NextResponse } from 'next/server'
import type { NextRequest } from 'next/server'

import { hasCredentials } from '@/platform/security/hasCredentials'

import { clientAddress } from './clientAddress'
import { heavyQueryProblem } from './graphqlLimits'
import type { RateLimitDecision } from './rateLimiter'
import { RateLimiter, rateLimitHeaders } from './rateLimiter'
import { restQueryProblem } from './restQueryProblem'

export type ApiGuardLimits = {
  apiPerMinute: number
  loginPer15Minutes: number
  viewsPerMinute: number
}

const MINUTE = 60_000

/** Callers that present credentials get this many times the anonymous allowance. */
const SIGNED_IN_FACTOR = 10

/** Payload's auth endpoints that guess or mail passwords: limited much more tightly. */
const AUTH_ENDPOINT = /^\/api\/[^/]+\/(login|forgot-password|reset-password|unlock|first-register)$/

/** The same through GraphQL (loginUser, forgotPasswordUser, resetPasswordUser, unlockUser). */
const AUTH_MUTATION = /\b(login|forgotPassword|resetPassword|unlock)[A-Z]\w*\s*\(/

/** Largest GraphQL body inspected; Payload itself still checks bigger ones. */
const MAX_INSPECTED_BODY = 100 * 1024

/** Uploaded images: static files the site itself requests through the image optimiser. */
const MEDIA_FILES = /^\/api\/[^/]+\/file\//

/** The GraphQL query text of a request to /api/graphql (GET ?query= or a POSTed JSON body). */
async function graphqlQueryOf(request: NextRequest): Promise<string | null> {
  if (request.nextUrl.pathname !== '/api/graphql') return null
  if (request.method === 'GET') return request.nextUrl.searchParams.get('query')
  if (request.method !== 'POST') return null
  const text = await request.clone().text()
  if (text.length > MAX_INSPECTED_BODY) return null
  if (!request.headers.get('content-type')?.includes('json')) return text
  try {
    const body: unknown = JSON.parse(text)
    const query = body && typeof body === 'object' && 'query' in body ? body.query : null
    return typeof query === 'string' ? query : null
  } catch {
    return null
  }
}

/** Payload's own REST routes (not GraphQL, not the content API, which checks its own). */
function isPayloadRest(request: NextRequest): boolean {
  const { pathname } = request.nextUrl
  return pathname !== '/api/graphql' && !pathname.startsWith('/api/v1/')
}

function isAuthAttempt(request: NextRequest, graphqlQuery: string | null): boolean {
  if (request.method !== 'POST') return false
  if (AUTH_ENDPOINT.test(request.nextUrl.pathname)) return true
  return graphqlQuery !== null && AUTH_MUTATION.test(graphqlQuery)
}

/**
 * The content API's one write is the view counter, so every write to it counts against the view
 * limit: no spelling of the counter's path can slip past (others answer 405 anyway).
 */
const isViewCount = (request: NextRequest) =>
  !['GET', 'HEAD', 'OPTIONS'].includes(request.method) &&
  request.nextUrl.pathname.startsWith('/api/v1/')

function refused(request: NextRequest, decision: RateLimitDecision, message: string) {
  const headers = rateLimitHeaders(decision)
  // The content API answers in its own error shape; Payload's routes in Payload's.
  const body = request.nextUrl.pathname.startsWith('/api/v1/')
    ? { error: { code: 'rate_limited', message, issues: [] } }
    : { errors: [{ message }] }
  return NextResponse.json(body, { status: 429, headers })
}

/**
 * In front of every /api route (Payload's REST and GraphQL and the content API), the one place
 * that rate-limits: per-address limits on sign-in attempts, on view counts, on anonymous traffic
 * and, looser, on callers with credentials (a forged header earns only that, never unlimited
 * access); and GraphQL queries too deep or too wide are refused with a 400 before Payload parses
 * them.
 */
export function createApiGuard(limits: ApiGuardLimits) {
  const auth = new RateLimiter({ limit: limits.loginPer15Minutes, windowMs: 15 * MINUTE })
  const anonymous = new RateLimiter({ limit: limits.apiPerMinute, windowMs: MINUTE })
  const views = new RateLimiter({ limit: limits.viewsPerMinute, windowMs: MINUTE })
  const signedIn = new RateLimiter({
    limit: limits.apiPerMinute * SIGNED_IN_FACTOR,
    windowMs: MINUTE,
  })

  return async function apiGuard(request: NextRequest): Promise<NextResponse> {
    if (MEDIA_FILES.test(request.nextUrl.pathname) || request.method === 'OPTIONS') {
      return NextResponse.next()
    }
    const address = clientAddress(request.headers)
    const graphqlQuery = await graphqlQueryOf(request)

    if (isAuthAttempt(request, graphqlQuery)) {
      const decision = auth.take(address)
      if (!decision.isAllowed) {
        return refused(request, decision, 'Too many sign-in attempts from this address.')
      }
    }

    if (isViewCount(request)) {
      const decision = views.take(address)
      if (!decision.isAllowed) {
        return refused(request, decision, 'Too many views from this address. Slow down.')
      }
    }

    const decision = (hasCredentials(request.headers) ? signedIn : anonymous).take(address)
    if (!decision.isAllowed) {
      return refused(request, decision, 'Too many requests from this address. Slow down.')
    }
    const problem =
      graphqlQuery === null
        ? isPayloadRest(request)
          ? restQueryProblem(request.nextUrl.searchParams)
          : null
        : heavyQueryProblem(graphqlQuery)
    if (problem) return NextResponse.json({ errors: [{ message: problem }] }, { status: 400 })
    const response = NextResponse.next()
    if (anonymous.isEnabled) {
      for (const [name, value] of Object.entries(rateLimitHeaders(decision))) {
        response.headers.set(name, value)
      }
    }
    return response
  }
}
