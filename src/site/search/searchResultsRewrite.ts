import type { NextRequest } from 'next/server'
import { NextResponse } from 'next/server'

import type { RenderInit } from '@/platform/security/withNonce'
import { parsePageNumber } from '@/site/format/pageNumber'
import { normaliseSearchQuery } from '@/site/search/searchQuery'

/** Where a search is rendered and cached: its words travel base64url-encoded in the path. */
export const searchResultsPath = (query: string, page: number): string =>
  `/search/results/${Buffer.from(query, 'utf8').toString('base64url')}/${page}`

/** The words of a results path segment; anything that is not base64url reads as no words. */
export function searchQueryOf(segment: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(segment)) return ''
  return normaliseSearchQuery(Buffer.from(segment, 'base64url').toString('utf8'))
}

/**
 * `/search?q=…&page=…` with words is served by the cached results route, so each search is
 * rendered once and then served from the page cache until a publish clears it. The words are
 * base64url in the internal path: any character a reader types survives the trip intact.
 */
export function searchResultsRewrite(request: NextRequest, init?: RenderInit): NextResponse | null {
  const params = request.nextUrl.searchParams
  const query = normaliseSearchQuery(params.get('q') ?? undefined)
  if (!query) return null
  const page = parsePageNumber(params.get('page') ?? undefined) ?? 1
  return NextResponse.rewrite(new URL(searchResultsPath(query, page), request.url), init)
}
