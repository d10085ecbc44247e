const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/**
 * The link target if it is one a reader can safely follow (web, mail, phone, or a path on this
 * site), otherwise null: `javascript:`, `data:` and other schemes an editor's paste or a hostile
 * API call could carry never become links.
 */
export function safeHref(raw: unknown): string | null {
  if (typeof raw !== 'string') return null
  const url = raw.trim().replace(/[\u0000-\u001f\u007f\s]/g, '')
  if (!url) return null
  if (url.startsWith('#') || (url.startsWith('/') && !url.startsWith('//'))) return url
  try {
    return SAFE_SCHEMES.has(new URL(url).protocol) ? url : null
  } catch {
    return null
  }
}

/** Links that leave the site open without giving the other site a handle on this page. */
export const isExternal = (href: string): boolean => /^https?:/i.test(href)
