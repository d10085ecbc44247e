import { describe, expect, it } from 'vitest'

import { chooseRelated } from '@/articles/reads/chooseRelated'

const story = (id: string, tags: string[], publishedAt: string) => ({ id, tags, publishedAt })

describe('chooseRelated', () => {
  const article = story('a', ['drones', 'nato', 'army'], '2025-10-10')
  const twoShared = story('b', ['drones', 'nato'], '2025-09-01')
  const oneSharedNew = story('c', ['army'], '2025-10-09')
  const oneSharedOld = story('d', ['drones'], '2025-08-01')
  const newest = [story('e', [], '2025-10-11'), story('f', [], '2025-10-08')]

  it('should rank by shared tags, then newest among equals', () => {
    const chosen = chooseRelated(article, [oneSharedOld, oneSharedNew, twoShared], newest)
    expect(chosen.map((s) => s.id)).toEqual(['b', 'c', 'd'])
  })

  it('should fill with the newest stories, never the story itself or a repeat', () => {
    const chosen = chooseRelated(article, [twoShared], [article, twoShared, ...newest])
    expect(chosen.map((s) => s.id)).toEqual(['b', 'e', 'f'])
  })

  it('should return fewer when there is not enough to choose from', () => {
    expect(chooseRelated(article, [], [article])).toEqual([])
  })
})
