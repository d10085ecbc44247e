import { describe, expect, it } from 'vitest'

import { formatPublishedDate } from '@/site/format/publishedDate'

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
