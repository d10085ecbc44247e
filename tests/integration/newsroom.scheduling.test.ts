import { describe, expect, it } from 'vitest'

import { ARTICLES } from '@collections/slugs'
import { parseEnv } from '@/platform/env'
import { internalJobsToken, isAuthorizedJobsCall } from '@/platform/jobs/cronAuth'
import { runDueJobs } from '@/platform/jobs/runDueJobs'

import { setupNewsroom } from '../support/newsroom'
import { schedule } from '../support/schedule'

const { payload, fixtures, users } = await setupNewsroom({ users: { editor: 'editor' } })
const { editor } = users

const stored = (id: string) => payload.findByID({ collection: ARTICLES, id, draft: true })
const anonymousFind = (id: string) =>
  payload.find({ collection: ARTICLES, where: { id: { equals: id } }, overrideAccess: false })

describe('scheduled publishing', () => {
  it('should publish a draft when its time comes, with publishedAt at the scheduled time', async () => {
    const draft = await fixtures.article({ _status: 'draft' })
    const at = new Date(Date.now() - 1500)
    await schedule(payload, { articleId: draft.id, user: editor, at })
    await runDueJobs(payload)
    const article = await stored(draft.id)
    expect(article._status).toBe('published')
    expect(article.publishedAt).toBe(at.toISOString())
    expect((await anonymousFind(draft.id)).docs).toHaveLength(1)
  })

  it('should publish the latest draft, not an older version', async () => {
    const draft = await fixtures.article({ _status: 'draft', title: 'First headline' })
    await payload.update({
      collection: ARTICLES,
      id: draft.id,
      draft: true,
      data: { title: 'Final headline' },
    })
    await schedule(payload, { articleId: draft.id, user: editor, at: new Date() })
    await runDueJobs(payload)
    const { docs } = await anonymousFind(draft.id)
    expect(docs.map((doc) => doc.title)).toEqual(['Final headline'])
  })

  it('should leave a story alone until its time comes', async () => {
    const draft = await fixtures.article({ _status: 'draft' })
    const job = await schedule(payload, {
      articleId: draft.id,
      user: editor,
      at: new Date(Date.now() + 3_600_000),
    })
    await runDueJobs(payload)
    expect((await stored(draft.id))._status).toBe('draft')
    await payload.delete({ collection: 'payload-jobs', id: job.id })
  })

  it('should unpublish a story when a scheduled unpublish comes due', async () => {
    const article = await fixtures.article()
    await schedule(payload, {
      articleId: article.id,
      user: editor,
      at: new Date(),
      type: 'unpublish',
    })
    await runDueJobs(payload)
    expect((await stored(article.id))._status).toBe('draft')
    expect((await anonymousFind(article.id)).docs).toEqual([])
  })

  it('should keep the first publication time when a story is published again on schedule', async () => {
    const first = '2026-01-05T09:00:00.000Z'
    const article = await fixtures.article({ publishedAt: first })
    await payload.update({ collection: ARTICLES, id: article.id, data: { _status: 'draft' } })
    await schedule(payload, { articleId: article.id, user: editor, at: new Date() })
    await runDueJobs(payload)
    const republished = await stored(article.id)
    expect(republished._status).toBe('published')
    expect(republished.publishedAt).toBe(first)
  })

  it('should remove finished jobs from the queue', async () => {
    const draft = await fixtures.article({ _status: 'draft' })
    const job = await schedule(payload, { articleId: draft.id, user: editor, at: new Date() })
    await runDueJobs(payload)
    await expect(payload.findByID({ collection: 'payload-jobs', id: job.id })).rejects.toThrow(
      /not found/i,
    )
  })
})

describe('the jobs route', () => {
  it("should accept the server's own token", () => {
    expect(isAuthorizedJobsCall(`Bearer ${internalJobsToken()}`)).toBe(true)
  })

  it('should refuse a missing or wrong token', () => {
    expect(isAuthorizedJobsCall(null)).toBe(false)
    expect(isAuthorizedJobsCall('Bearer not-the-secret')).toBe(false)
    expect(isAuthorizedJobsCall(internalJobsToken())).toBe(false)
  })

  it('should read CRON_SECRET and the ticker interval from the environment', () => {
    const parsed = parseEnv({ CRON_SECRET: 'a-long-cron-secret-value', JOBS_INTERVAL_SECONDS: '5' })
    expect(parsed.cronSecret).toBe('a-long-cron-secret-value')
    expect(parsed.jobsIntervalSeconds).toBe(5)
    expect(parseEnv({}).jobsIntervalSeconds).toBe(10)
    expect(parseEnv({}).cronSecret).toBeNull()
  })

  it('should refuse a short CRON_SECRET or a bad interval with one line each', () => {
    expect(() => parseEnv({ CRON_SECRET: 'short', JOBS_INTERVAL_SECONDS: 'often' })).toThrow(
      /CRON_SECRET: must be at least 16[\s\S]*JOBS_INTERVAL_SECONDS: must be a number/,
    )
  })
})
