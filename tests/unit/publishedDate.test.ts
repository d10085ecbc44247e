import { describe, expect, it } from 'vitest'

import { formatPublishedDate } from '@/site/format/publishedDate'
import { formatRevisionTime } from '@/site/format/revisionTime'

describe('formatPublishedDate', () => {
  it('should write the house style: short weekday, day, short month, year', () => {
    expect(formatPublishedDate('2025-10-13T09:30:00.000Z', 'UTC')).toBe('Mon, 13 Oct 2025')
    expect(formatPublishedDate('2026-01-05T00:00:00.000Z', 'UTC')).toBe('Mon, 5 Jan 2026')
  })

  it('should use the site time zone, where the day may differ from UTC', () => {
    const lateEvening = '2025-10-13T23:30:00.000Z'
    expect(formatPublishedDate(lateEvening, 'UTC')).toBe('Mon, 13 Oct 2025')
    expect(formatPublishedDate(lateEvening, 'Europe/Kyiv')).toBe('Tue, 14 Oct 2025')
    expect(formatPublishedDate('2025-10-13T03:00:00.000Z', 'America/New_York')).toBe(
      'Sun, 12 Oct 2025',
    )
  })
})

describe('formatRevisionTime', () => {
  it('should give the day and the time to the minute, on a 24-hour clock', () => {
    expect(formatRevisionTime('2025-10-14T09:12:45.000Z', 'UTC')).toBe('14 Oct 2025, 09:12')
    expect(formatRevisionTime('2025-10-14T21:05:00.000Z', 'UTC')).toBe('14 Oct 2025, 21:05')
  })

  it('should use the site time zone', () => {
    expect(formatRevisionTime('2025-10-14T23:30:00.000Z', 'Europe/Kyiv')).toBe('15 Oct 2025, 02:30')
  })
})
