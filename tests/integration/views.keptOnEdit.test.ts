import config from '@payload-config'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { describe, expect, it } from 'vitest'

import { ARTICLES } from '@collections/slugs'
import type { Article, User } from '@/payload-types'
import { env } from '@/platform/env'
import { runDueJobs } from '@/platform/jobs/runDueJobs'
import { incrementViews } from '@/views/incrementViews'

import { unique } from '../support/fixtures'
import { setupNewsroom } from '../support/newsroom'
import { ORIGIN, rest } from '../support/rest'
import { schedule } from '../support/schedule'

const { payload, fixtures, users } = await setupNewsroom({ users: { editor: 'editor' } })
const { editor } = users

const VIEWS = 33

/** The editor's session, as the admin and API clients send it. */
async function authorization(user: User) {
  const { token } = await payload.login({
    collection: 'users',
    data: { email: user.email, password: 'correct-horse-battery' },
  })
  return { authorization: `JWT ${token}` }
}

/**
 * A published story that has been read: a draft saved, then readers' views counted after it, so
 * the draft version on record holds an older count than the counter (as in the newsroom).
 */
async function readStory(): Promise<Article> {
  const article = await fixtures.article()
  await payload.update({
    collection: ARTICLES,
    id: article.id,
    draft: true,
    data: { excerpt: 'A draft edit saved before the readers came.' },
  })
  for (let view = 0; view < VIEWS; view++) await incrementViews(payload, article.id)
  return article
}

/** The count as readers (the published document) and as the admin (the latest draft) see it. */
async function viewsSeen(id: string) {
  const [published, draft] = await Promise.all([
    payload.findByID({ collection: ARTICLES, id, depth: 0 }),
    payload.findByID({ collection: ARTICLES, id, depth: 0, draft: true }),
  ])
  return { published: published.views, draft: draft.views }
}

const kept = { published: VIEWS, draft: VIEWS }

async function patch(path: string, body: unknown) {
  const response = await rest(path, {
    method: 'PATCH',
    headers: await authorization(editor),
    body,
  })
  expect(response.status, await response.clone().text()).toBe(200)
}

describe(`the view count survives every edit (${env.database.kind})`, () => {
  it('should keep the count when an edit is published over REST', async () => {
    const article = await readStory()
    await patch(`/api/${ARTICLES}/${article.id}?draft=false`, {
      title: unique('Published edit'),
      _status: 'published',
    })
    expect(await viewsSeen(article.id)).toEqual(kept)
  })

  it('should keep the count when a draft is saved over REST', async () => {
    const article = await readStory()
    await patch(`/api/${ARTICLES}/${article.id}?draft=true`, { title: unique('Draft edit') })
    expect(await viewsSeen(article.id)).toEqual(kept)
  })

  it('should keep the count when the admin autosaves', async () => {
    const article = await readStory()
    await patch(`/api/${ARTICLES}/${article.id}?draft=true&autosave=true`, {
      title: unique('Autosaved edit'),
    })
    expect(await viewsSeen(article.id)).toEqual(kept)
  })

  it('should keep the count when a scheduled publish runs', async () => {
    const article = await readStory()
    await schedule(payload, { articleId: article.id, user: editor, at: new Date() })
    await runDueJobs(payload)
    const stored = await payload.findByID({ collection: ARTICLES, id: article.id })
    expect(stored.excerpt).toBe('A draft edit saved before the readers came.')
    expect(await viewsSeen(article.id)).toEqual(kept)
  })

  it('should keep the count when an old version is restored over REST', async () => {
    const article = await readStory()
    const { docs } = await payload.findVersions({
      collection: ARTICLES,
      where: { parent: { equals: article.id } },
      sort: 'createdAt',
      limit: 1,
    })
    const first = docs[0]
    if (!first) throw new Error('The story has no version to restore')
    const response = await rest(`/api/${ARTICLES}/versions/${first.id}?draft=false`, {
      method: 'POST',
      headers: await authorization(editor),
    })
    expect(response.status, await response.clone().text()).toBe(200)
    expect(await viewsSeen(article.id)).toEqual(kept)
  })

  it('should keep the count when articles are bulk-updated over REST', async () => {
    const article = await readStory()
    await patch(`/api/${ARTICLES}?where[id][equals]=${article.id}&draft=false`, {
      tags: ['bulk'],
      _status: 'published',
    })
    expect(await viewsSeen(article.id)).toEqual(kept)
  })

  it('should keep the count when an edit is published over GraphQL', async () => {
    const article = await readStory()
    const response = await GRAPHQL_POST(config)(
      new Request(`${ORIGIN}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await authorization(editor)) },
        body: JSON.stringify({
          query: `mutation ($id: String!, $title: String!) {
            updateArticle(id: $id, data: { title: $title, _status: published }) { id views }
          }`,
          variables: { id: article.id, title: unique('GraphQL edit') },
        }),
      }),
    )
    const body = (await response.json()) as { data?: { updateArticle?: { views?: number } } }
    expect(body.data?.updateArticle?.views, JSON.stringify(body)).toBe(VIEWS)
    expect(await viewsSeen(article.id)).toEqual(kept)
  })

  it('should keep the count when an edit is published through the Local API', async () => {
    const article = await readStory()
    const updated = await payload.update({
      collection: ARTICLES,
      id: article.id,
      data: { title: unique('Local edit'), _status: 'published' },
      user: editor,
      overrideAccess: false,
    })
    expect(updated.views).toBe(VIEWS)
    expect(await viewsSeen(article.id)).toEqual(kept)
  })
})
