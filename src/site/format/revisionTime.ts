import { env } from '@/platform/env'

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone,
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/**
 * "14 Oct 2025, 09:12": when a story was corrected or updated, to the minute, in the site's
 * time zone (a day alone cannot say whether a reader saw the story before or after).
 */
export function formatRevisionTime(iso: string, timeZone: string = env.timeZone): string {
  const parts = formatterFor(timeZone).formatToParts(new Date(iso))
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? ''
  return `${part('day')} ${part('month')} ${part('year')}, ${part('hour')}:${part('minute')}`
}
