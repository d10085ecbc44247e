import type { NextRequest } from 'next/server'
import { NextResponse } from 'next/server'

import { isMalformedPath } from '@/platform/http/isMalformedPath'

import { malformedPathPage } from './malformedPathPage'

/**
 * A path whose percent-encoding cannot be decoded (`/authors/%E0%A4%A`) makes Next.js fail
 * with a bare 500 before any page code runs: answer it as what it is, a bad request. `server.ts`
 * does the same for every route; this covers `next dev`, which runs without it.
 */
export function refuseMalformedPath(request: NextRequest): NextResponse | null {
  if (!isMalformedPath(request.nextUrl.pathname)) return null
  return new NextResponse(malformedPathPage(), {
    status: 400,
    headers: { 'content-type': 'text/html; charset=utf-8' },
  })
}
