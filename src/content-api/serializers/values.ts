import { absoluteUrl } from '@/articles/urls'

/** The API's rule for text: a value, or null; never "" or whitespace. */
export function textOrNull(value: string | null | undefined): string | null {
  return value && value.trim() ? value : null
}

/** Absolute http(s) URL or null: relative upload paths get the site's origin. */
export function urlOrNull(value: string | null | undefined): string | null {
  const text = textOrNull(value)
  if (!text) return null
  if (/^https?:\/\//.test(text)) return text
  return text.startsWith('/') ? absoluteUrl(text) : null
}

/** Dates as ISO 8601 in UTC, whatever the database handed back. */
export function isoOrNull(value: string | null | undefined): string | null {
  if (!value) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

export const positiveIntOrNull = (value: number | null | undefined): number | null =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null

/** Related documents arrive populated (objects) or as bare ids when access or depth stopped them. */
export function populated<T extends object>(value: string | T | null | undefined): T | null {
  return value && typeof value === 'object' ? value : null
}
