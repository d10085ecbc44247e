import { env } from '@/env'

const parts = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: env.timeZone,
})

/** "Mon, 13 Oct 2025": the newsroom's house style for dates. */
export function formatPublishedDate(iso: string): string {
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.formatToParts(new Date(iso)).find((p) => p.type === type)?.value ?? ''
  return `${part('weekday')}, ${part('day')} ${part('month')} ${part('year')}`
}
