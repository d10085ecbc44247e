/**
 * Whether a request path holds percent-encoding that cannot be decoded (`/sitemaps/%ff`).
 * Next.js fails on those with a bare 500 wherever they appear, so the server answers 400 first.
 */
export function isMalformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname)
    return false
  } catch {
    return true
  }
}
