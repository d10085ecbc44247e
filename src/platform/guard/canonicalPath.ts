/**
 * A path as a route sees it: percent-decoded, lower-case, without empty or trailing segments, so
 * `/api/users/%6Cogin`, `/api/users/LOGIN` and `/api//users/login/` are all `/api/users/login`.
 * Null for malformed percent-encoding, which no route can be asked for.
 */
export function canonicalPath(pathname: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return null
  }
  return `/${decoded.toLowerCase().split('/').filter(Boolean).join('/')}`
}
