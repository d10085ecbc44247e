import { NextResponse } from 'next/server'
import type { NextRequest } from 'next/server'
import type { DocumentNode } from 'graphql'

import { hasValidSession } from '@/platform/security/hasValidSession'

import { authMutationCount, isAuthEndpoint } from './authEndpoints'
import { canonicalPath } from './canonicalPath'
import { clientAddress } from './clientAddress'
import { graphqlDocuments } from './graphqlDocuments'
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

/** Callers with a valid session token get this many times the anonymous allowance. */
const SIGNED_IN_FACTOR = 10

/** Uploaded images: static files the site itself requests through the image optimiser. */
const MEDIA_FILES = /^\/api\/[^/]+\/file\//

/** Payload's own REST routes (not GraphQL, not the content API, which checks its own). */
const isPayloadRest = (path: string) => path !== '/api/graphql' && !path.startsWith('/api/v1/')

/** Sign-in and reset attempts in one request: a REST call is one, a GraphQL one counts each. */
function authAttempts(request: NextRequest, path: string, documents: DocumentNode[]): number {
  if (documents.length > 0) {
    return documents.reduce((sum, document) => sum + authMutationCount(document), 0)
  }
  const isWrite = request.method !== 'GET' && request.method !== 'HEAD'
  return isWrite && isAuthEndpoint(path) ? 1 : 0
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

const problem = (status: number, message: string) =>
  NextResponse.json({ errors: [{ message }] }, { status })

/**
 * In front of every /api route (Payload's REST and GraphQL and the content API), the one place
 * that rate-limits: per-client limits on sign-in attempts, on view counts, on anonymous traffic
 * and, looser, on callers whose session token verifies (any other credential, forged or an API
 * key, gets the anonymous allowance); and GraphQL queries too deep or too wide are refused with a 400 before Payload parses
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
    const path = canonicalPath(request.nextUrl.pathname)
    if (path === null) return problem(400, 'The path is not a valid URL.')
    if (MEDIA_FILES.test(path) || request.method === 'OPTIONS') return NextResponse.next()
    const address = clientAddress(request.headers)

    const graphql = path === '/api/graphql' ? await graphqlDocuments(request) : null
    if (graphql?.isRefused) return problem(graphql.status, graphql.message)
    const documents = graphql?.documents ?? []

    // Every attempt is taken from the allowance, also those of a request refused below.
    const attempts = authAttempts(request, path, documents)
    for (let attempt = 0; attempt < attempts; attempt++) {
      const decision = auth.take(address)
      if (!decision.isAllowed) {
        return refused(request, decision, 'Too many sign-in attempts from this address.')
      }
    }
    if (attempts > 1) {
      return problem(400, 'One sign-in, password reset or unlock per request.')
    }

    if (isViewCount(request)) {
      const decision = views.take(address)
      if (!decision.isAllowed) {
        return refused(request, decision, 'Too many views from this address. Slow down.')
      }
    }

    const decision = ((await hasValidSession(request.headers)) ? signedIn : anonymous).take(address)
    if (!decision.isAllowed) {
      return refused(request, decision, 'Too many requests from this address. Slow down.')
    }
    const heavy = graphql
      ? documents.map(heavyQueryProblem).find(Boolean)
      : isPayloadRest(path)
        ? restQueryProblem(request.nextUrl.searchParams)
        : null
    if (heavy) return problem(400, heavy)
    const response = NextResponse.next()
    if (anonymous.isEnabled) {
      for (const [name, value] of Object.entries(rateLimitHeaders(decision))) {
        response.headers.set(name, value)
      }
    }
    return response
  }
}
