import { describe, expect, it } from 'vitest'

import { ARTICLE_VIEW_DAYS, ARTICLES } from '@collections/slugs'
import { loadDesk } from '@/newsroom/desk'
import { mostViewedSince, recordDailyView, viewDay } from '@/views/dailyViews'

import { setupNewsroom } from '../support/newsroom'
import { schedule } from '../support/schedule'

const { payload, fixtures, users } = await setupNewsroom({
  users: { contributor: 'contributor', editor: 'editor' },
})
const { contributor, editor } = users

const DAY = 24 * 60 * 60 * 1000

const viewRows = (articleId: string) =>
  payload.find({
    collection: ARTICLE_VIEW_DAYS,
    where: { article: { equals: articleId } },
    sort: 'day',
    depth: 0,
    pagination: false,
  })

describe('daily view counts', () => {
  it('should count every one of many concurrent views in one row for the day', async () => {
    const article = await fixtures.article()
    await Promise.all(Array.from({ length: 60 }, () => recordDailyView(payload, article.id)))
    const { docs } = await viewRows(article.id)
    expect(docs.map((row) => [row.day, row.views])).toEqual([[viewDay(), 60]])
  })

  it('should keep a row per day', async () => {
    const article = await fixtures.article()
    const now = new Date()
    await recordDailyView(payload, article.id, new Date(now.getTime() - DAY))
    await recordDailyView(payload, article.id, now)
    await recordDailyView(payload, article.id, now)
    const { docs } = await viewRows(article.id)
    expect(docs.map((row) => row.views)).toEqual([1, 2])
  })

  it('should rank the last 7 days and leave older views out', async () => {
    const now = new Date('2030-03-20T12:00:00Z')
    const [popular, quiet, old] = await Promise.all([
      fixtures.article(),
      fixtures.article(),
      fixtures.article(),
    ])
    const view = (id: string, daysAgo: number, times: number) =>
      Promise.all(
        Array.from({ length: times }, () =>
          recordDailyView(payload, id, new Date(now.getTime() - daysAgo * DAY)),
        ),
      )
    await view(popular.id, 0, 3)
    await view(popular.id, 6, 4)
    await view(quiet.id, 2, 2)
    await view(old.id, 7, 50)
    const ranked = await mostViewedSince(payload, { days: 7, limit: 10, now })
    const ours = ranked.filter((row) => [popular.id, quiet.id, old.id].includes(row.article))
    expect(ours).toEqual([
      { article: popular.id, views: 7 },
      { article: quiet.id, views: 2 },
    ])
  })

  it("should forget an article's daily counts when it is deleted", async () => {
    const article = await fixtures.article()
    await recordDailyView(payload, article.id)
    await payload.delete({ collection: ARTICLES, id: article.id })
    expect((await viewRows(article.id)).docs).toEqual([])
  })

  it('should keep daily counts away from anonymous callers and contributors', async () => {
    for (const user of [undefined, contributor]) {
      await expect(
        payload.find({ collection: ARTICLE_VIEW_DAYS, user, overrideAccess: false }),
      ).rejects.toThrow(/not allowed/i)
    }
  })
})

describe('the desk', () => {
  it("should list a contributor's own drafts, not other people's", async () => {
    const mine = await fixtures.article({ _status: 'draft' }, { user: contributor })
    const theirs = await fixtures.article({ _status: 'draft' }, { user: editor })
    const desk = await loadDesk(payload, contributor)
    const ids = desk.myDrafts.map((item) => item.id)
    expect(ids).toContain(mine.id)
    expect(ids).not.toContain(theirs.id)
  })

  it('should list stories waiting for review, oldest first', async () => {
    const first = await fixtures.article({ _status: 'draft', workflow: 'in-review' })
    const second = await fixtures.article({ _status: 'draft', workflow: 'in-review' })
    const notSubmitted = await fixtures.article({ _status: 'draft' })
    const ids = (await loadDesk(payload, editor)).inReview.map((item) => item.id)
    expect(ids.indexOf(first.id)).toBeGreaterThanOrEqual(0)
    expect(ids.indexOf(first.id)).toBeLessThan(ids.indexOf(second.id))
    expect(ids).not.toContain(notSubmitted.id)
  })

  it('should list scheduled publishes with their times', async () => {
    const draft = await fixtures.article({ _status: 'draft' })
    const at = new Date(Date.now() + 2 * 3_600_000)
    const job = await schedule(payload, { articleId: draft.id, user: editor, at })
    const desk = await loadDesk(payload, editor)
    expect(desk.scheduled).toContainEqual({
      id: draft.id,
      title: draft.title,
      at: at.toISOString(),
      note: 'Publish',
    })
    await payload.delete({ collection: 'payload-jobs', id: job.id })
  })

  it('should list the newest published story first', async () => {
    const article = await fixtures.article({
      publishedAt: new Date(Date.now() + 1000).toISOString(),
    })
    const desk = await loadDesk(payload, editor)
    expect(desk.recentlyPublished[0]?.id).toBe(article.id)
  })

  it('should list the most viewed stories of the week with their counts', async () => {
    const article = await fixtures.article()
    await Promise.all(Array.from({ length: 500 }, () => recordDailyView(payload, article.id)))
    const desk = await loadDesk(payload, editor)
    expect(desk.mostViewed[0]).toEqual({ id: article.id, title: article.title, note: '500 views' })
  })
})
