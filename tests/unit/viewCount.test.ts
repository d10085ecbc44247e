import { describe, expect, it } from 'vitest'

import { formatViews } from '@/views/formatViews'

describe('formatViews', () => {
  it('should say View for one and Views otherwise, with thousands separated', () => {
    expect(formatViews(1)).toBe('1 View')
    expect(formatViews(0)).toBe('0 Views')
    expect(formatViews(null)).toBe('0 Views')
    expect(formatViews(3)).toBe('3 Views')
    expect(formatViews(12345)).toBe('12,345 Views')
  })
})
