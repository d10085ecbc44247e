import config from '@payload-config'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { describe, expect, it } from 'vitest'

import { ARTICLES } from '@collections/slugs'

import { setupNewsroom } from '../support/newsroom'
import { ORIGIN, rest } from '../support/rest'

const { payload, fixtures } = await setupNewsroom()

/** A published story an editor has since changed in a draft that is not published yet. */
const withPendingDraft = await fixtures.article({ title: 'Published headline' })
await payload.update({
  collection: ARTICLES,
  id: withPendingDraft.id,
  draft: true,
  data: { title: 'Pending draft headline' },
})
const untouched = await fixtures.article({ title: 'Untouched headline' })
const ids = [withPendingDraft.id, untouched.id]

type Listed = { id: string; title: string }

async function restList(draft: string): Promise<Listed[]> {
  const where = `where[id][in]=${ids.join(',')}`
  const response = await rest(`/api/${ARTICLES}?${where}&depth=0&sort=title${draft}`)
  expect(response.status).toBe(200)
  const { docs } = (await response.json()) as { docs: Listed[] }
  return docs.map(({ id, title }) => ({ id, title }))
}

async function graphql<T>(query: string): Promise<T> {
  const response = await GRAPHQL_POST(config)(
    new Request(`${ORIGIN}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    }),
  )
  const { data, errors } = (await response.json()) as { data: T; errors?: unknown }
  expect(errors).toBeUndefined()
  return data
}

const graphqlList = async (draft: string) =>
  (
    await graphql<{ Articles: { docs: Listed[] } }>(
      `{ Articles(where: { id: { in: ${JSON.stringify(ids)} } }, sort: "title"${draft}) { docs { id title } } }`,
    )
  ).Articles.docs

const expected = [
  { id: withPendingDraft.id, title: 'Published headline' },
  { id: untouched.id, title: 'Untouched headline' },
]

describe('anonymous callers asking for drafts', () => {
  it('should get the same published list through REST with or without draft=true', async () => {
    expect(await restList('')).toEqual(expected)
    expect(await restList('&draft=true')).toEqual(expected)
    expect(await restList('&draft=false')).toEqual(expected)
  })

  it('should get the same published story through REST by id with or without draft=true', async () => {
    for (const draft of ['', '?draft=true']) {
      const response = await rest(`/api/${ARTICLES}/${withPendingDraft.id}${draft}`)
      expect(response.status, draft).toBe(200)
      expect(((await response.json()) as Listed).title).toBe('Published headline')
    }
  })

  it('should get the same published list and story through GraphQL with or without draft: true', async () => {
    expect(await graphqlList('')).toEqual(expected)
    expect(await graphqlList(', draft: true')).toEqual(expected)
    for (const draft of ['', ', draft: true']) {
      const { Article } = await graphql<{ Article: Listed }>(
        `{ Article(id: "${withPendingDraft.id}"${draft}) { id title } }`,
      )
      expect(Article.title, draft).toBe('Published headline')
    }
  })
})
