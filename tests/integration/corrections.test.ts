import config from '@payload-config'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { describe, expect, it } from 'vitest'

import { ARTICLES } from '@collections/slugs'
import { loadDesk } from '@/newsroom/desk'
import type { Article, User } from '@/payload-types'

import { getJson } from '../support/contentApi'
import { setupNewsroom } from '../support/newsroom'
import { ORIGIN, rest } from '../support/rest'

const { payload, fixtures, users } = await setupNewsroom({
  users: { editor: 'editor', contributor: 'contributor' },
})
const { editor, contributor } = users

const tokenOf = async (user: User) => {
  const { token } = await payload.login({
    collection: 'users',
    data: { email: user.email, password: 'correct-horse-battery' },
  })
  return token ?? ''
}
const editorToken = await tokenOf(editor)

const addNote = (article: Article, body: unknown, token: string | null = editorToken) =>
  rest(`/api/articles/${article.id}/notes`, {
    method: 'POST',
    headers: token ? { authorization: `JWT ${token}` } : {},
    body,
  })

const published = (id: string) =>
  payload.findByID({ collection: ARTICLES, id, depth: 0, draft: false, overrideAccess: true })
const latestDraft = (id: string) =>
  payload.findByID({ collection: ARTICLES, id, depth: 0, draft: true, overrideAccess: true })

const correction = { kind: 'correction', text: 'An earlier version misnamed the brigade.' }

describe('corrections and updates', () => {
  it('should put a note on the published story at once, stamped with the time and who added it', async () => {
    const article = await fixtures.article()
    const before = Date.now()
    const response = await addNote(article, correction)
    expect(response.status).toBe(201)
    const stored = await published(article.id)
    expect(stored._status).toBe('published')
    expect(stored.corrections).toHaveLength(1)
    const [note] = stored.corrections ?? []
    expect(note).toMatchObject({ kind: 'correction', text: correction.text, addedBy: editor.id })
    expect(new Date(note?.at ?? 0).getTime()).toBeGreaterThanOrEqual(before - 1000)
    expect(stored.revisedAt).toBe(note?.at)
  })

  it('should keep the note in the version history', async () => {
    const article = await fixtures.article()
    await addNote(article, correction)
    const { docs } = await payload.findVersions({
      collection: ARTICLES,
      where: { parent: { equals: article.id } },
      sort: '-updatedAt',
      depth: 0,
    })
    expect(docs[0]?.version._status).toBe('published')
    expect(docs[0]?.version.corrections?.map((note) => note.text)).toEqual([correction.text])
    expect(docs.length).toBeGreaterThan(1)
  })

  it('should neither publish nor lose a draft in progress when a note is added', async () => {
    const article = await fixtures.article()
    await payload.update({
      collection: ARTICLES,
      id: article.id,
      data: { title: 'A rewrite not ready yet' },
      draft: true,
    })
    await addNote(article, { kind: 'update', text: 'Adds the ministry’s response.' })
    expect((await published(article.id)).title).toBe(article.title)
    const draft = await latestDraft(article.id)
    expect(draft._status).toBe('draft')
    expect(draft.title).toBe('A rewrite not ready yet')
    expect(draft.corrections?.map((note) => note.kind)).toEqual(['update'])
  })

  it('should keep every note when a draft saved before it is published', async () => {
    const article = await fixtures.article()
    await addNote(article, correction)
    await payload.update({
      collection: ARTICLES,
      id: article.id,
      data: { title: 'Republished headline', corrections: [], _status: 'published' },
    })
    const stored = await published(article.id)
    expect(stored.title).toBe('Republished headline')
    expect(stored.corrections?.map((note) => note.text)).toEqual([correction.text])
  })

  it('should ignore notes written through a plain save', async () => {
    const article = await fixtures.article()
    const forged = [{ kind: 'correction' as const, text: 'Forged', at: new Date().toISOString() }]
    await payload.update({
      collection: ARTICLES,
      id: article.id,
      data: { corrections: forged, revisedAt: new Date().toISOString() },
      user: editor,
      overrideAccess: false,
    })
    const stored = await published(article.id)
    expect(stored.corrections).toEqual([])
    expect(stored.revisedAt ?? null).toBeNull()
  })

  it('should refuse notes from anonymous callers and contributors', async () => {
    const article = await fixtures.article()
    expect((await addNote(article, correction, null)).status).toBe(401)
    expect((await addNote(article, correction, await tokenOf(contributor))).status).toBe(403)
    expect((await published(article.id)).corrections).toEqual([])
  })

  it.each([
    ['empty', '   '],
    ['markup', 'See <script>alert(1)</script>'],
    ['an entity', 'Fish &amp; chips'],
    ['a control character', 'Bell \u0007'],
    ['too long', 'x'.repeat(1001)],
  ])('should refuse note text that is %s', async (_, text) => {
    const article = await fixtures.article()
    expect((await addNote(article, { kind: 'correction', text })).status).toBe(400)
    expect((await published(article.id)).corrections).toEqual([])
  })

  it('should refuse an unknown kind of note', async () => {
    const article = await fixtures.article()
    expect((await addNote(article, { kind: 'retraction', text: 'Gone.' })).status).toBe(400)
  })

  it('should refuse a note on a story that was never published', async () => {
    const article = await fixtures.article({ _status: 'draft' })
    expect((await addNote(article, correction)).status).toBe(409)
  })
})

describe('the "Updated" stamp', () => {
  it('should stamp "Updated" when an edit marked as a material change is published', async () => {
    const article = await fixtures.article()
    const updated = await payload.update({
      collection: ARTICLES,
      id: article.id,
      data: { materialChange: true, _status: 'published' },
    })
    expect(updated.revisedAt).toBeTruthy()
    expect(updated.materialChange).toBe(false)
  })

  it('should not stamp "Updated" for a typo fix', async () => {
    const article = await fixtures.article()
    const updated = await payload.update({
      collection: ARTICLES,
      id: article.id,
      data: { title: `${article.title} (typo fixed)`, _status: 'published' },
    })
    expect(updated.revisedAt ?? null).toBeNull()
  })

  it('should not stamp "Updated" on a first publish, ticked or not', async () => {
    const article = await fixtures.article({ materialChange: true })
    expect(article.revisedAt ?? null).toBeNull()
  })

  it('should wait for the publish: a ticked draft does not stamp "Updated"', async () => {
    const article = await fixtures.article()
    await payload.update({
      collection: ARTICLES,
      id: article.id,
      data: { materialChange: true },
      draft: true,
    })
    expect((await published(article.id)).revisedAt ?? null).toBeNull()
    expect((await latestDraft(article.id)).materialChange).toBe(true)
  })
})

describe('who added a note stays private', () => {
  it('should not show who added a note to anonymous REST callers, and show it to the newsroom', async () => {
    const article = await fixtures.article()
    await addNote(article, correction)
    const anonymous = await rest(`/api/articles/${article.id}?depth=0`)
    const anonymousBody = (await anonymous.json()) as Article
    expect(anonymousBody.corrections?.[0]?.text).toBe(correction.text)
    expect(anonymousBody.corrections?.[0]).not.toHaveProperty('addedBy')
    const signedIn = await rest(`/api/articles/${article.id}?depth=0`, {
      headers: { authorization: `JWT ${editorToken}` },
    })
    expect(((await signedIn.json()) as Article).corrections?.[0]?.addedBy).toBe(editor.id)
  })

  it('should not show who added a note to anonymous GraphQL callers', async () => {
    const article = await fixtures.article()
    await addNote(article, correction)
    const response = await GRAPHQL_POST(config)(
      new Request(`${ORIGIN}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `{ Article(id: "${article.id}") { corrections { text addedBy { email } } } }`,
        }),
      }),
    )
    const text = await response.text()
    expect(text).toContain(correction.text)
    expect(text).not.toContain(editor.email)
  })

  it('should give the content API the notes without who added them', async () => {
    const article = await fixtures.article()
    await addNote(article, correction)
    const { status, body } = await getJson<{ data: Record<string, unknown> }>(
      `/api/v1/military/articles/${article.slug}`,
    )
    expect(status).toBe(200)
    const notes = body.data.corrections as Record<string, unknown>[]
    expect(notes).toHaveLength(1)
    expect(Object.keys(notes[0] ?? {}).sort()).toEqual(['at', 'kind', 'text'])
    expect(body.data.revisedAt).toBe(notes[0]?.at)
    expect(JSON.stringify(body)).not.toContain(editor.id)
  })
})

describe('the desk', () => {
  it('should list the last corrections and updates, newest first, with the note', async () => {
    const first = await fixtures.article()
    const second = await fixtures.article()
    await addNote(first, correction)
    await addNote(second, { kind: 'update', text: 'Adds the ministry’s statement.' })
    const { lastNotes } = await loadDesk(payload, editor)
    const mine = lastNotes.filter((item) => [first.id, second.id].includes(item.id))
    expect(mine.map((item) => [item.id, item.note])).toEqual([
      [second.id, 'Update: Adds the ministry’s statement.'],
      [first.id, `Correction: ${correction.text}`],
    ])
  })
})
