import { describe, expect, it } from 'vitest'

import {
  MAX_VISITS_PER_ADDRESS,
  MAX_VISITS_PER_BROWSER,
  VisitorsToday,
} from '@/views/visitorsToday'

const admitted = (visitors: VisitorsToday, articleId: string, visit: (n: number) => string) => {
  let count = 0
  for (let n = 0; n < 1000; n++) {
    if (visitors.admit(articleId, { address: '203.0.113.7', userAgent: visit(n) })) count++
  }
  return count
}

describe('VisitorsToday', () => {
  it('should keep counting a new visitor once its table is full, not admit every visit', () => {
    const visitors = new VisitorsToday(4)
    for (let n = 0; n < 2; n++) {
      visitors.admit('other', { address: `10.0.0.${n}`, userAgent: 'UA' })
    }
    expect(admitted(visitors, 'target', () => 'UA')).toBe(MAX_VISITS_PER_BROWSER)
    expect(admitted(visitors, 'again', (n) => `UA ${n}`)).toBe(MAX_VISITS_PER_ADDRESS)
  })

  it('should drop the longest idle visitors to make room, and forget nobody still visiting', () => {
    const visitors = new VisitorsToday(20)
    for (let n = 0; n < 9; n++) visitors.admit('story', { address: '192.0.2.1', userAgent: 'UA' })
    // Ten other visitors fill the table; the first one, still visiting in between, is kept.
    for (let n = 0; n < 10; n++) {
      visitors.admit('story', { address: `198.51.100.${n}`, userAgent: 'UA' })
      visitors.admit('story', { address: '192.0.2.1', userAgent: 'UA' })
    }
    expect(visitors.admit('story', { address: '192.0.2.1', userAgent: 'UA' })).toBe(false)
  })
})
