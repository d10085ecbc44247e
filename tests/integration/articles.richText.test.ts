import config from '@payload-config'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { describe, expect, it } from 'vitest'

import { ARTICLES } from '@collections/slugs'
import { element, heading, lexicalBody, paragraph } from '@/articles/body/lexicalBuilders'

import { setupNewsroom } from '../support/newsroom'
import { ORIGIN, rest } from '../support/rest'

const { payload, fixtures, users } = await setupNewsroom({ users: { contributor: 'contributor' } })
const { contributor } = users

/** The outside test's body: a table, which the editor does not offer, with script in a cell. */
const hostileTable = () =>
  lexicalBody(
    paragraph('An honest first paragraph.'),
    element('table', [
      element('tablerow', [
        element('tablecell', ['cell'], {
          headerState: '"><img src=x onerror=alert(document.cookie)>',
          colSpan: 1,
        }),
      ]),
    ]),
  )

const signInAsContributor = async () => {
  const { token } = await payload.login({
    collection: 'users',
    data: { email: contributor.email, password: 'correct-horse-battery' },
  })
  return { authorization: `JWT ${token}` }
}

const storedDraft = (id: string) =>
  payload.findByID({ collection: ARTICLES, id, draft: true, depth: 0 })

describe('article bodies from outside the editor', () => {
  it("should refuse a contributor's REST draft with a hostile table node and store nothing", async () => {
    const headers = await signInAsContributor()
    const image = await fixtures.image()
    const author = await fixtures.author()
    const title = `Hostile table ${Date.now()}`
    const response = await rest('/api/articles?draft=true', {
      method: 'POST',
      headers,
      body: {
        title,
        slug: '',
        section: 'military',
        heroImage: image.id,
        authors: [author.id],
        body: hostileTable(),
        _status: 'draft',
      },
    })
    expect(response.status).toBe(400)
    const { errors } = await response.json()
    expect(errors[0].data.errors).toEqual([
      {
        path: 'body',
        message: 'Body root.children[1] ("table"): this node type is not allowed',
      },
    ])
    const found = await payload.find({
      collection: ARTICLES,
      where: { title: { equals: title } },
      draft: true,
    })
    expect(found.totalDocs).toBe(0)
  })

  it("should refuse the same body on an update of the contributor's draft and keep the old body", async () => {
    const draft = await fixtures.article(
      { _status: 'draft', body: lexicalBody(heading('h2', 'Before'), paragraph('Kept.')) },
      { user: contributor },
    )
    const response = await rest(`/api/articles/${draft.id}?draft=true`, {
      method: 'PATCH',
      headers: await signInAsContributor(),
      body: { body: hostileTable(), _status: 'draft' },
    })
    expect(response.status).toBe(400)
    expect((await response.json()).errors[0].data.errors[0].message).toContain('("table")')
    expect((await storedDraft(draft.id)).body).toEqual(draft.body)
  })

  it('should refuse a script link and name the node and property', async () => {
    const draft = await fixtures.article({ _status: 'draft' }, { user: contributor })
    const link = element('link', ['click'], {
      fields: { url: 'javascript:alert(1)', linkType: 'custom', newTab: false },
    })
    await expect(
      payload.update({
        collection: ARTICLES,
        id: draft.id,
        data: { body: lexicalBody(paragraph(link)) as never },
        draft: true,
        user: contributor,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({
      status: 400,
      data: {
        errors: [
          {
            path: 'body',
            message: expect.stringMatching(
              /^Body root\.children\[0\]\.children\[0\] \(link\): fields\.url: /,
            ),
          },
        ],
      },
    })
  })

  it('should refuse it through GraphQL too', async () => {
    const draft = await fixtures.article({ _status: 'draft' }, { user: contributor })
    const response = await GRAPHQL_POST(config)(
      new Request(`${ORIGIN}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await signInAsContributor()) },
        body: JSON.stringify({
          query: `mutation ($id: String!, $body: JSON) {
            updateArticle(id: $id, draft: true, data: { body: $body }) { id }
          }`,
          variables: { id: draft.id, body: hostileTable() },
        }),
      }),
    )
    const answer = await response.json()
    expect(answer.errors[0].extensions.statusCode).toBe(400)
    expect(answer.errors[0].extensions.data.errors[0].message).toContain('("table")')
    expect((await storedDraft(draft.id)).body).toEqual(draft.body)
  })

  it('should refuse a very deep or very large body through REST and GraphQL with 400, keeping the old one', async () => {
    const draft = await fixtures.article({ _status: 'draft' }, { user: contributor })
    let deep: ReturnType<typeof element> = element('listitem', ['bottom'])
    for (let level = 0; level < 400; level++)
      deep = element('list', [element('listitem', [deep])], { listType: 'bullet', tag: 'ul' })
    const large = lexicalBody(
      ...Array.from({ length: 25_000 }, (_, index) => paragraph(`Line ${index}`)),
    )
    const headers = await signInAsContributor()
    for (const body of [lexicalBody(deep), large]) {
      const response = await rest(`/api/articles/${draft.id}?draft=true`, {
        method: 'PATCH',
        headers,
        body: { body, _status: 'draft' },
      })
      expect(response.status).toBe(400)
      const graphql = await GRAPHQL_POST(config)(
        new Request(`${ORIGIN}/api/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({
            query: `mutation ($id: String!, $body: JSON) {
              updateArticle(id: $id, draft: true, data: { body: $body }) { id }
            }`,
            variables: { id: draft.id, body },
          }),
        }),
      )
      const answer = await graphql.json()
      expect(answer.errors[0].extensions.statusCode).toBe(400)
    }
    expect((await storedDraft(draft.id)).body).toEqual(draft.body)
  })

  it('should keep saving an edit that leaves the body alone', async () => {
    const draft = await fixtures.article({ _status: 'draft' }, { user: contributor })
    const updated = await payload.update({
      collection: ARTICLES,
      id: draft.id,
      data: { title: `${draft.title} (edited)` },
      draft: true,
      user: contributor,
      overrideAccess: false,
    })
    expect(updated.title).toBe(`${draft.title} (edited)`)
  })
})
