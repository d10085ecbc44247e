import type { NextRequest } from 'next/server'
import { NextResponse } from 'next/server'

import { env } from '@/platform/env'
import { refuseMalformedPath } from '@/site/refuseMalformedPath'
import { searchResultsRewrite } from '@/site/search/searchResultsRewrite'
import { createApiGuard } from '@/platform/guard/apiGuard'
import { isFramedPath } from '@/platform/security/securityHeaders'
import { withNonce } from '@/platform/security/withNonce'

const apiGuard = createApiGuard(env.rateLimits)

/**
 * Next.js's draft-mode cookie. Its value is checked against the build's secret only when the page
 * renders; the proxy (Node.js runtime) has no access to that secret, so `draftMode()` here always
 * reads false. A forged or stale cookie therefore gets the nonce policy on a cached page: the
 * page's scripts stop in that one browser only, and the policy is stricter, never looser.
 */
const DRAFT_MODE_COOKIE = '__prerender_bypass'

/**
 * A reader page for the newsroom in draft mode (preview, live preview): Next.js renders it per
 * request for that editor alone, so it gets the strict nonce policy like the admin. Without
 * draft mode every reader page comes from the page cache, whoever is signed in.
 */
function readerPage(request: NextRequest): NextResponse {
  const malformed = refuseMalformedPath(request)
  if (malformed) return malformed
  const isSearch = request.nextUrl.pathname === '/search'
  if (!request.cookies.has(DRAFT_MODE_COOKIE)) {
    return (isSearch ? searchResultsRewrite(request) : null) ?? NextResponse.next()
  }
  return withNonce(request, {
    frameAncestors: isFramedPath(request.nextUrl.pathname) ? "'self'" : "'none'",
    respond: (init) =>
      (isSearch ? searchResultsRewrite(request, init) : null) ?? NextResponse.next(init),
  })
}

/**
 * Next.js runs this before the requests matched below: per-address rate limits on /api (see
 * src/platform/guard), searches sent to their cached results route, a clear 400 for reader paths
 * that are not valid URLs, and a per-request script nonce for the admin and for reader pages in
 * draft mode (both rendered per request).
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  if (pathname.startsWith('/api/')) return apiGuard(request)
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return withNonce(request)
  return readerPage(request)
}

// Literal strings: Next.js reads the matcher at build time and ignores computed values. The
// section's entry must stay `/${WEBSITE_SECTION}/:path*` (tests/unit/sectionRoutes.test.ts).
// The last entry sends every other page through the proxy only when the draft-mode cookie is
// there (the front page, unknown paths), so readers' requests there never run it.
export const config = {
  matcher: [
    '/api/:path*',
    '/military/:path*',
    '/authors/:path*',
    '/search',
    '/admin/:path*',
    { source: '/((?!_next/|api/).*)', has: [{ type: 'cookie', key: '__prerender_bypass' }] },
  ],
}
