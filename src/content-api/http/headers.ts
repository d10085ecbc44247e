/** Cached by browsers for no time (they revalidate with the ETag), by shared caches briefly. */
export const PUBLIC_CACHE = 'public, max-age=0, s-maxage=60, stale-while-revalidate=300'

export const NO_STORE = 'no-store'

/** Any origin may read the content API from a browser; nothing it serves is per-user. */
export function corsHeaders(methods: readonly string[]): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Methods': methods.join(', '),
    'Access-Control-Allow-Headers': 'If-None-Match, Content-Type',
    'Access-Control-Expose-Headers': 'ETag, RateLimit-Limit, RateLimit-Remaining, Retry-After',
    'Access-Control-Max-Age': '86400',
  }
}
