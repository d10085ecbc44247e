/**
 * Paths whose 404s are the reader site's to answer. The admin, both APIs, Next.js's own assets
 * and the preview routes keep the 404s they make (JSON, the admin's page, plain text).
 */
const isAdmin = (pathname: string) => pathname === '/admin' || pathname.startsWith('/admin/')

const NOT_READER_PREFIXES = ['/api/', '/_next/', '/next/']

export const isReaderPagePath = (pathname: string): boolean =>
  !isAdmin(pathname) && !NOT_READER_PREFIXES.some((prefix) => pathname.startsWith(prefix))
