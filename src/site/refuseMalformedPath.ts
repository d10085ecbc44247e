import type { NextRequest } from 'next/server'
import { NextResponse } from 'next/server'

import { SECTION_PATH } from '@/articles/urls'
import { WEBSITE_SECTION_LABEL } from '@collections/Articles/sections'

/**
 * A path whose percent-encoding cannot be decoded (`/authors/%E0%A4%A`) makes Next.js fail
 * with a bare 500 before any page code runs: answer it as what it is, a bad request.
 */
export function refuseMalformedPath(request: NextRequest): NextResponse | null {
  try {
    decodeURIComponent(request.nextUrl.pathname)
    return null
  } catch {
    return new NextResponse(
      `<!doctype html><title>Bad request · Dispatch</title><h1>Bad request</h1><p>This web address is not valid. <a href="${SECTION_PATH}">Go to the ${WEBSITE_SECTION_LABEL} section</a>.</p>`,
      { status: 400, headers: { 'content-type': 'text/html; charset=utf-8' } },
    )
  }
}
