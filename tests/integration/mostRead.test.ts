import { describe, expect, it } from 'vitest'

import { env } from '@/platform/env'
import { recordDailyView } from '@/views/dailyViews'
import { MOST_READ_SIZE, queryMostRead } from '@/views/mostRead'

import { setupNewsroom } from '../support/newsroom'

const { payload, fixtures } = await setupNewsroom()

const DAY = 24 * 60 * 60 * 1000

/** A week of its own far ahead, so views other test files record never rank in it. */
const now = new Date('2091-06-15T12:00:00Z')

const view = (id: string, daysAgo: number, times: number) =>
  Promise.all(
    Array.from({ length: times }, () =>
      recordDailyView(payload, id, new Date(now.getTime() - daysAgo * DAY)),
    ),
  )

describe(`most read on the front (${env.database.kind})`, () => {
  it('should rank published Military stories by their views over the last 7 days', async () => {
    const [first, second, third] = await Promise.all([
      fixtures.article(),
      fixtures.article(),
      fixtures.article(),
    ])
    await view(second.id, 0, 4)
    await view(first.id, 1, 3)
    await view(first.id, 6, 3)
    await view(third.id, 3, 1)
    const ranked = await queryMostRead({ now })
    expect(ranked.map(({ slug, views }) => [slug, views])).toEqual([
      [first.slug, 6],
      [second.slug, 4],
      [third.slug, 1],
    ])
    expect(ranked[0]).toEqual({ id: first.id, slug: first.slug, title: first.title, views: 6 })
  })

  it('should leave out drafts, other desks and views older than the week', async () => {
    const later = new Date(now.getTime() + 30 * DAY)
    const at = (id: string, daysAgo: number, times: number) =>
      Promise.all(
        Array.from({ length: times }, () =>
          recordDailyView(payload, id, new Date(later.getTime() - daysAgo * DAY)),
        ),
      )
    const [published, draft, politics, old] = await Promise.all([
      fixtures.article(),
      fixtures.article({ _status: 'draft' }),
      fixtures.article({ section: 'politics' }),
      fixtures.article(),
    ])
    await at(published.id, 0, 1)
    await at(draft.id, 0, 9)
    await at(politics.id, 0, 9)
    await at(old.id, 7, 9)
    const ranked = await queryMostRead({ now: later })
    expect(ranked.map((story) => story.slug)).toEqual([published.slug])
  })

  it(`should list at most ${MOST_READ_SIZE} stories even when drafts crowd the top`, async () => {
    const week = new Date(now.getTime() + 60 * DAY)
    const drafts = await Promise.all(
      Array.from({ length: MOST_READ_SIZE }, () => fixtures.article({ _status: 'draft' })),
    )
    const stories = await Promise.all(
      Array.from({ length: MOST_READ_SIZE + 1 }, () => fixtures.article()),
    )
    for (const draft of drafts) await recordDailyView(payload, draft.id, week)
    for (const draft of drafts) await recordDailyView(payload, draft.id, week)
    for (const story of stories) await recordDailyView(payload, story.id, week)
    const ranked = await queryMostRead({ now: week })
    expect(ranked).toHaveLength(MOST_READ_SIZE)
    expect(ranked.every((story) => stories.some((s) => s.id === story.id))).toBe(true)
  })
})
