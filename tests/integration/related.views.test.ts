import { describe, expect, it } from 'vitest'

import { listRelatedArticles } from '@/articles/reads/related'
import { env } from '@/platform/env'
import { incrementViews } from '@/views/incrementViews'

import { unique } from '../support/fixtures'
import { setupNewsroom } from '../support/newsroom'

const { payload, fixtures } = await setupNewsroom()

describe(`related stories (${env.database.kind})`, () => {
  it('should carry each related story’s own view count', async () => {
    const tag = unique('related-views')
    const story = await fixtures.article({ tags: [tag] })
    const relatedStory = await fixtures.article({ tags: [tag] })
    for (let read = 0; read < 3; read++) await incrementViews(payload, relatedStory.id)

    const related = await listRelatedArticles(story)
    const match = related.find((candidate) => candidate.id === relatedStory.id)
    expect(match?.views).toBe(3)
  })
})
