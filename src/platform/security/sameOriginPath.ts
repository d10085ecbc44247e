/** How many layers of percent-encoding are unwrapped looking for a hidden `//` or `\`. */
const MAX_DECODINGS = 5

/**
 * `candidate` resolved against `origin` the way browsers resolve a `Location` header or a link
 * (WHATWG URL parsing: tabs and newlines dropped, `\` read as `/`, dot segments collapsed), if it
 * stays on that origin with a path that does not begin with two slashes; otherwise null.
 */
function resolveOn(candidate: string, origin: string): URL | null {
  let resolved: URL
  try {
    resolved = new URL(candidate, origin)
  } catch {
    return null
  }
  return resolved.origin === origin && !resolved.pathname.startsWith('//') ? resolved : null
}

/**
 * Whether the path, once a server or proxy down the line percent-decodes it (`/%2F%2Fevil`,
 * `/%5Cevil`), still reads as a path on the site. A malformed escape ends the decoding: nothing
 * downstream can decode it either.
 */
function staysOnWhenDecoded(pathname: string, origin: string): boolean {
  let current = pathname
  for (let layer = 0; layer < MAX_DECODINGS; layer++) {
    let next: string
    try {
      next = decodeURIComponent(current)
    } catch {
      return true
    }
    if (next === current) return true
    if (!resolveOn(next, origin)) return false
    current = next
  }
  // Still encoded after that many layers: nobody writes such a path by accident.
  return false
}

/**
 * The same-origin path (`pathname + search + hash`) an untrusted `path` or `redirect` parameter
 * names, or `fallback` when it names another host, a scheme, or a path that would turn into one
 * once decoded. The one check for every redirect built from a request parameter, so none of
 * them can send a browser off the site.
 */
export function sameOriginPath(
  untrusted: string | null | undefined,
  { origin, fallback }: { origin: string; fallback: string },
): string {
  if (typeof untrusted !== 'string' || !untrusted.startsWith('/')) return fallback
  const siteOrigin = new URL(origin).origin
  const resolved = resolveOn(untrusted, siteOrigin)
  if (!resolved || !staysOnWhenDecoded(resolved.pathname, siteOrigin)) return fallback
  return `${resolved.pathname}${resolved.search}${resolved.hash}`
}
