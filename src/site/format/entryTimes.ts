/**
 * Times on a live page: "12 min ago" beside "14:05, Mon 13 Oct". Plain Intl, no site config, so
 * the browser's island formats exactly as the server did.
 */
const relative = new Intl.RelativeTimeFormat('en-GB', { numeric: 'auto', style: 'short' })

const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
]

export function relativeTime(iso: string, now: number): string {
  let value = (new Date(iso).getTime() - now) / 1000
  if (Math.abs(value) < 30) return 'just now'
  for (const [unit, size] of STEPS) {
    if (Math.abs(value) < size) return relative.format(Math.round(value), unit)
    value /= size
  }
  return relative.format(Math.round(value), 'week')
}

const absoluteFormats = new Map<string, Intl.DateTimeFormat>()

export function absoluteTime(iso: string, timeZone: string): string {
  let format = absoluteFormats.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      timeZone,
      timeZoneName: 'short',
    })
    absoluteFormats.set(timeZone, format)
  }
  return format.format(new Date(iso))
}
