/** ISO 8601: a calendar date, optionally with a time and a zone (what the admin and JSON send). */
const ISO_8601 =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/

/** Years a newsroom's dates fall in; anything outside is a typo or an attack. */
export const EARLIEST_YEAR = 1900
export const LATEST_YEAR = 2200

/** The moment a stored or submitted date names, or null when it names none we accept. */
export function saneDate(value: unknown): Date | null {
  const date =
    value instanceof Date
      ? value
      : typeof value === 'string' && ISO_8601.test(value.trim())
        ? new Date(value.trim())
        : null
  if (!date || Number.isNaN(date.getTime())) return null
  const year = date.getUTCFullYear()
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR ? date : null
}
