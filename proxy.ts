import type { NextRequest } from 'next/server'
import { NextResponse } from 'next/server'

import { env } from '@/platform/env'
import { refuseMalformedPath } from '@/site/refuseMalformedPath'
import { searchResultsRewrite } from '@/site/search/searchResultsRewrite'
import { createApiGuard } from '@/platform/guard/apiGuard'
import { withNonce } from '@/platform/security/withNonce'

const apiGuard = createApiGuard(env.rateLimits)

/**
 * Next.js runs this before the requests matched below: per-address rate limits on /api (see
 * src/platform/guard), searches sent to their cached results route, a clear 400 for reader paths
 * that are not valid URLs, and a per-request script nonce for the admin (rendered per request
 * anyway).
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  if (pathname.startsWith('/api/')) return apiGuard(request)
  if (pathname === '/search') return searchResultsRewrite(request) ?? NextResponse.next()
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return withNonce(request)
  return refuseMalformedPath(request) ?? NextResponse.next()
}

// Literal strings: Next.js reads the matcher at build time and ignores computed values. The
// section's entry must stay `/${WEBSITE_SECTION}/:path*` (tests/unit/sectionRoutes.test.ts).
export const config = {
  matcher: ['/api/:path*', '/military/:path*', '/authors/:path*', '/search', '/admin/:path*'],
}
