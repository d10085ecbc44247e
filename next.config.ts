import path from 'node:path'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { WEBSITE_SECTION } from './collections/Articles/sections'
import { securityHeaders } from './src/platform/security/securityHeaders'
import { imageOptimiser } from './collections/Media/imageOptimiser'

// Spelled here rather than imported from src/articles/urls.ts, which reads the environment.
const sectionPath = `/${WEBSITE_SECTION}`

const nextConfig: NextConfig = {
  // The container image runs the self-contained server; `npm start` uses `next start`.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  poweredByHeader: false,
  // Cached pages live in memory: a restart (or a re-seeded database) never serves pages
  // rendered from an older database. Several instances would share a cache handler instead.
  // Next's own handler with disk writes off (`isrFlushToDisk` is on for pictures only).
  cacheHandler: path.resolve('src/platform/cache/pagesInMemoryOnly.mjs'),
  // Payload names its errors after their classes and logs expected ones (Forbidden, NotFound)
  // at info level by that name; minified class names turned every refused request into an ERROR.
  experimental: {
    serverMinification: false,
    // On for the image optimiser alone: it keeps resized pictures on disk only under this flag
    // (with it off, every /_next/image request decoded and re-encoded its picture). Pages stay
    // in memory through `cacheHandler` (above).
    isrFlushToDisk: true,
    // The site's stylesheet is small: inlined, it no longer blocks the first paint.
    inlineCss: true,
    // Resizing pictures for next/image: one libvips thread and no operation cache keep the
    // server's memory flat (each picture size is resized once, then served from disk).
    imgOptConcurrency: 1,
    imgOptOperationCache: false,
    // app/global-not-found.tsx answers URLs that match no route with the site's own 404.
    globalNotFound: true,
  },
  // The home page and the section front are page 1 of the cached, paginated front.
  rewrites: async () => [
    { source: '/', destination: `${sectionPath}/page/1` },
    { source: sectionPath, destination: `${sectionPath}/page/1` },
  ],
  images: imageOptimiser,
}

const withPayloadConfig = withPayload(nextConfig, { devBundleServerPackages: false })

/**
 * Payload asks every browser, on every page, for its colour-scheme client hint with
 * `Critical-CH`, which makes Chrome request each page twice. Only the admin uses the hint.
 */
async function headersWithAdminOnlyClientHints() {
  const rules = (await withPayloadConfig.headers?.()) ?? []
  return rules.map((rule) =>
    rule.source === '/:path*' && rule.headers.some((header) => header.key === 'Critical-CH')
      ? { ...rule, source: '/admin/:path*' }
      : rule,
  )
}

/** Payload's headers, then the security headers every response carries (docs/security.md). */
async function headers() {
  return [...(await headersWithAdminOnlyClientHints()), ...securityHeaders()]
}

export default { ...withPayloadConfig, headers }
