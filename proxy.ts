import type { NextRequest } from 'next/server'
import { NextResponse } from 'next/server'

import { env } from '@/env'
import { refuseMalformedPath } from '@/http/refuseMalformedPath'
import { createApiGuard } from '@/rateLimit/apiGuard'

const apiGuard = createApiGuard(env.rateLimits)

/**
 * Next.js runs this before the requests matched below: per-address rate limits on /api (see
 * src/rateLimit), and a clear 400 for reader paths that are not valid URLs.
 */
export async function proxy(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith('/api/')) return apiGuard(request)
  return refuseMalformedPath(request) ?? NextResponse.next()
}

export const config = {
  matcher: ['/api/:path*', '/military/:path*', '/authors/:path*'],
}
