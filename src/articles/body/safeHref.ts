import { sameOriginPath } from '@/platform/security/sameOriginPath'

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/** Any origin will do: site paths are resolved against it only to see where a browser goes. */
const PROBE_ORIGIN = 'https://dispatch.invalid'

/**
 * The link target if it is one a reader can safely follow (web, mail, phone, or a path on this
 * site), otherwise null: `javascript:`, `data:` and other schemes an editor's paste or a hostile
 * API call could carry never become links, and a "path" a browser reads as another host (`//x`,
 * `/\x`, `/%5Cx`) is not taken for one on this site. What is returned is the target as a
 * browser resolves it, so the markup says exactly where the link goes.
 */
export function safeHref(raw: unknown): string | null {
  if (typeof raw !== 'string') return null
  const url = raw.trim().replace(/[\u0000-\u001f\u007f\s]/g, '')
  if (!url) return null
  if (url.startsWith('#')) return url
  if (url.startsWith('/') || url.startsWith('\\')) {
    const path = sameOriginPath(url, { origin: PROBE_ORIGIN, fallback: '' })
    return path || null
  }
  try {
    const parsed = new URL(url)
    return SAFE_SCHEMES.has(parsed.protocol) ? parsed.href : null
  } catch {
    return null
  }
}

/** Links that leave the site open without giving the other site a handle on this page. */
export const isExternal = (href: string): boolean => /^https?:/i.test(href)
