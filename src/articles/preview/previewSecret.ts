import { createHmac, timingSafeEqual } from 'node:crypto'

import { env } from '@/platform/env'

/**
 * A per-article token for preview links, derived from PAYLOAD_SECRET: a preview URL that leaks
 * opens nothing without a signed-in newsroom session, and cannot be reused for another story.
 */
export function previewToken(slug: string): string {
  return createHmac('sha256', env.payloadSecret).update(`preview:${slug}`).digest('base64url')
}

export function isPreviewToken(slug: string, token: string | null): boolean {
  if (!token) return false
  const expected = Buffer.from(previewToken(slug))
  const given = Buffer.from(token)
  return expected.length === given.length && timingSafeEqual(expected, given)
}

export const previewPath = (slug: string): string =>
  `/next/preview?slug=${encodeURIComponent(slug)}&token=${previewToken(slug)}`
