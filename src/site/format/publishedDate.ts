import { env } from '@/platform/env'

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone,
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/** "Mon, 13 Oct 2025": the newsroom's house style for dates, in the site's time zone. */
export function formatPublishedDate(iso: string, timeZone: string = env.timeZone): string {
  const parts = formatterFor(timeZone).formatToParts(new Date(iso))
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? ''
  return `${part('weekday')}, ${part('day')} ${part('month')} ${part('year')}`
}
