import { createHash } from 'node:crypto'

/** A strong validator for a response body: the same bytes always get the same tag. */
export function etagOf(body: string): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`
}

/** RFC 9110 If-None-Match: a list of tags (weak ones compare equal to strong), or "*". */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false
  if (header.trim() === '*') return true
  const bare = (tag: string) => tag.trim().replace(/^W\//, '')
  return header.split(',').some((tag) => bare(tag) === bare(etag))
}
