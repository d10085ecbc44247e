// Relative, not `@collections/…`: next.config.ts loads this file before any path alias applies.
import { WEBSITE_SECTION } from '../../../collections/Articles/sections'

import { cachedPagePolicy } from './contentSecurityPolicy'

type Header = { key: string; value: string }
type HeaderRule = {
  source: string
  headers: Header[]
  has?: { type: 'header'; key: string; value: string }[]
}

/** Where the admin's live preview shows its iframe: the article pages and the preview route. */
const FRAMED_PREFIXES = [`/${WEBSITE_SECTION}`, '/next']

const FRAMED_PATHS = FRAMED_PREFIXES.map((prefix) => `${prefix}/:path*`)

/** Whether the admin's live preview may frame this path (as `FRAMED_PATHS` match it). */
export const isFramedPath = (pathname: string): boolean =>
  FRAMED_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))

const ONE_YEAR = 365 * 24 * 60 * 60

// Keys in lower case: the proxy's nonce policy then replaces this one instead of joining it.
const policyHeader = (frameAncestors: "'none'" | "'self'"): Header => ({
  key: 'content-security-policy',
  value: cachedPagePolicy({
    frameAncestors,
    isDevelopment: process.env.NODE_ENV === 'development',
  }),
})

/**
 * Headers for every response, set by Next.js itself (next.config.ts `headers()`), so static
 * files, feeds, sitemaps and cached pages get them without running the proxy. The proxy
 * replaces the policy with a nonce policy on pages rendered per request (`withNonce.ts`).
 */
export function securityHeaders(): HeaderRule[] {
  return [
    {
      source: '/:path*',
      headers: [
        { key: 'x-content-type-options', value: 'nosniff' },
        { key: 'referrer-policy', value: 'strict-origin-when-cross-origin' },
        { key: 'cross-origin-opener-policy', value: 'same-origin' },
        { key: 'permissions-policy', value: 'camera=(), microphone=(), geolocation=()' },
        policyHeader("'none'"),
      ],
    },
    ...FRAMED_PATHS.map((source) => ({ source, headers: [policyHeader("'self'")] })),
    {
      // Shared previews carry their token in the address: never sent on, never indexed, never
      // stored by a browser or proxy (docs/security.md, "Shared previews").
      source: '/next/share/:path*',
      headers: [
        { key: 'referrer-policy', value: 'no-referrer' },
        { key: 'x-robots-tag', value: 'noindex, nofollow' },
        { key: 'cache-control', value: 'private, no-store' },
      ],
    },
    {
      // `next start` speaks plain HTTP; HTTPS ends at a proxy in front, which says so here.
      // Browsers ignore HSTS over HTTP anyway; this keeps it off plain-HTTP deployments.
      source: '/:path*',
      has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https(,.*)?' }],
      headers: [{ key: 'strict-transport-security', value: `max-age=${ONE_YEAR}` }],
    },
  ]
}
