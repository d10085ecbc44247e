import type { Payload } from 'payload'

import { ARTICLES } from '@collections/slugs'
import type { Article, User } from '@/payload-types'
import { mostViewedSince } from '@/views/dailyViews'

import { lastNotes } from './lastNotes'

export type DeskItem = { id: string; title: string; at?: string | null; note?: string }

export type Desk = {
  myDrafts: DeskItem[]
  inReview: DeskItem[]
  scheduled: DeskItem[]
  recentlyPublished: DeskItem[]
  mostViewed: DeskItem[]
  lastNotes: DeskItem[]
}

const LIMIT = 8

const toItem = (
  article: Pick<Article, 'id' | 'title' | 'updatedAt' | 'publishedAt'>,
  at?: string | null,
): DeskItem => ({
  id: article.id,
  title: article.title || 'Untitled',
  at,
})

type ScheduleInput = { type?: string; doc?: { relationTo?: string; value?: string } }

/** What the signed-in person's desk shows, read with their own access rights. */
export async function loadDesk(payload: Payload, user: User): Promise<Desk> {
  const asUser = { user, overrideAccess: false, depth: 0 } as const
  const select = { title: true, updatedAt: true, publishedAt: true } as const

  const [myDrafts, inReview, recentlyPublished, jobs, top] = await Promise.all([
    payload.find({
      collection: ARTICLES,
      ...asUser,
      draft: true,
      select,
      where: { and: [{ createdBy: { equals: user.id } }, { _status: { equals: 'draft' } }] },
      sort: '-updatedAt',
      limit: LIMIT,
    }),
    payload.find({
      collection: ARTICLES,
      ...asUser,
      draft: true,
      select,
      where: { workflow: { equals: 'in-review' } },
      // Oldest first: whoever has waited longest is read first.
      sort: 'updatedAt',
      limit: LIMIT,
    }),
    payload.find({
      collection: ARTICLES,
      ...asUser,
      select,
      where: { _status: { equals: 'published' } },
      sort: '-publishedAt',
      limit: LIMIT,
    }),
    // Jobs are the system's own records; only their times and articles are shown.
    payload.find({
      collection: 'payload-jobs',
      overrideAccess: true,
      depth: 0,
      where: {
        and: [
          { taskSlug: { equals: 'schedulePublish' } },
          { completedAt: { exists: false } },
          { 'input.doc.relationTo': { equals: ARTICLES } },
        ],
      },
      sort: 'waitUntil',
      limit: 50,
    }),
    mostViewedSince(payload, { days: 7, limit: 5 }),
  ])

  const pendingJobs = jobs.docs.filter((job) => !job.hasError && job.waitUntil)
  const ids = [
    ...pendingJobs.map((job) => (job.input as ScheduleInput | null)?.doc?.value),
    ...top.map((row) => row.article),
  ].filter((id): id is string => typeof id === 'string')
  const titles = new Map<string, string>()
  if (ids.length > 0) {
    const { docs } = await payload.find({
      collection: ARTICLES,
      ...asUser,
      draft: true,
      select: { title: true },
      where: { id: { in: [...new Set(ids)] } },
      pagination: false,
    })
    for (const doc of docs) titles.set(doc.id, doc.title)
  }

  const scheduled = pendingJobs.flatMap((job): DeskItem[] => {
    const input = job.input as ScheduleInput | null
    const id = input?.doc?.value
    if (!id || !titles.has(id)) return []
    const note = input?.type === 'unpublish' ? 'Unpublish' : 'Publish'
    return [{ id, title: titles.get(id) || 'Untitled', at: job.waitUntil, note }]
  })
  const mostViewed = top.flatMap((row): DeskItem[] =>
    titles.has(row.article)
      ? [
          {
            id: row.article,
            title: titles.get(row.article) || 'Untitled',
            note: row.views === 1 ? '1 view' : `${row.views} views`,
          },
        ]
      : [],
  )

  return {
    myDrafts: myDrafts.docs.map((doc) => toItem(doc, doc.updatedAt)),
    inReview: inReview.docs.map((doc) => toItem(doc, doc.updatedAt)),
    scheduled: scheduled.slice(0, LIMIT),
    recentlyPublished: recentlyPublished.docs.map((doc) => toItem(doc, doc.publishedAt)),
    mostViewed,
    lastNotes: await lastNotes(payload, user, LIMIT),
  }
}
