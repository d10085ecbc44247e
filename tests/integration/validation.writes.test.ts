import fc from 'fast-check'
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { CollectionSlug } from 'payload'
import { describe, expect, it } from 'vitest'

import { ARTICLES, ARTICLE_VIEWS, AUTHORS, MEDIA, USERS } from '@collections/slugs'
import { SECTIONS } from '@collections/Articles/sections'
import { ROLES } from '@/people/roles'
import type { Article } from '@/payload-types'

import { findUnreadableDates } from '@/platform/validation/findUnreadableDates'

import { rest } from '../support/rest'
import { setupNewsroom } from '../support/newsroom'

const { payload, fixtures, users } = await setupNewsroom({
  users: { editor: 'editor', admin: 'admin' },
})

const signIn = async (email: string) => {
  const { token } = await payload.login({
    collection: USERS,
    data: { email, password: 'correct-horse-battery' },
  })
  return { authorization: `JWT ${token}` }
}
const asEditor = await signIn(users.editor.email)
const asAdmin = await signIn(users.admin.email)

/** An id of the right form for the active adapter that names no document. */
const missingId = payload.db.name === 'mongoose' ? 'f'.repeat(24) : crypto.randomUUID()

type Stored = { doc: unknown; versions: unknown }

/** The document as the database holds it, with its versions: what "nothing stored" compares. */
async function stored(collection: CollectionSlug, id: string): Promise<Stored> {
  const doc = await payload.db.findOne({ collection, where: { id: { equals: id } } })
  const hasVersions = Boolean(payload.collections[collection].config.versions)
  const versions = hasVersions
    ? (
        await payload.db.findVersions({
          collection,
          where: { parent: { equals: id } },
          limit: 0,
          pagination: false,
          sort: '-updatedAt',
        })
      ).docs
    : null
  return { doc, versions }
}

/** The errors' field paths of a 400 from REST. */
async function refusedPaths(response: Response): Promise<string[]> {
  expect(response.status).toBe(400)
  const body = (await response.json()) as {
    errors: { data?: { errors?: { path: string }[] } }[]
  }
  return body.errors.flatMap((error) => error.data?.errors?.map(({ path }) => path) ?? [])
}

const draft = async (): Promise<Article> => fixtures.article({ _status: 'draft' })

describe('a bad value is refused before it is stored (issue 14)', () => {
  it('should refuse a draft publishedAt that is not a date with a 400 naming it, and store nothing', async () => {
    const article = await draft()
    const before = await stored(ARTICLES, article.id)
    const response = await rest(`/api/articles/${article.id}?draft=true`, {
      method: 'PATCH',
      headers: asEditor,
      body: { publishedAt: 'not a date' },
    })
    expect(await refusedPaths(response)).toContain('publishedAt')
    expect(await stored(ARTICLES, article.id)).toEqual(before)
  })

  it('should keep the story readable, savable and restorable after a refused bad date', async () => {
    const article = await draft()
    await rest(`/api/articles/${article.id}?draft=true&autosave=true`, {
      method: 'PATCH',
      headers: asEditor,
      body: { publishedAt: 'not a date' },
    })
    const read = await rest(`/api/articles/${article.id}?draft=true`, { headers: asEditor })
    expect(read.status).toBe(200)
    const saved = await rest(`/api/articles/${article.id}?draft=true`, {
      method: 'PATCH',
      headers: asEditor,
      body: { title: 'Saved again after a refused date' },
    })
    expect(saved.status).toBe(200)
    const { docs } = await payload.findVersions({
      collection: ARTICLES,
      where: { parent: { equals: article.id } },
      sort: 'createdAt',
      limit: 1,
    })
    const first = docs[0]
    expect(first).toBeDefined()
    const restored = await rest(`/api/articles/versions/${first?.id}`, {
      method: 'POST',
      headers: asEditor,
    })
    expect(restored.status).toBe(200)
  })

  it('should refuse a date outside 1900–2200 through the Local API', async () => {
    const article = await draft()
    const before = await stored(ARTICLES, article.id)
    await expect(
      payload.update({
        collection: ARTICLES,
        id: article.id,
        draft: true,
        data: { publishedAt: '9999-12-31T00:00:00.000Z' },
      }),
    ).rejects.toMatchObject({
      status: 400,
      data: { errors: [expect.objectContaining({ path: 'publishedAt' })] },
    })
    expect(await stored(ARTICLES, article.id)).toEqual(before)
  })

  it.each([
    ['a malformed id', 'not-an-id'],
    ['an id of no author', missingId],
    ['an object without an id', { name: 'x' }],
  ])('should refuse an author that is %s with a 400 naming authors', async (_, bad) => {
    const article = await draft()
    const before = await stored(ARTICLES, article.id)
    const response = await rest(`/api/articles/${article.id}?draft=true`, {
      method: 'PATCH',
      headers: asEditor,
      body: { authors: [bad] },
    })
    expect((await refusedPaths(response)).some((path) => path.startsWith('authors'))).toBe(true)
    expect(await stored(ARTICLES, article.id)).toEqual(before)
  })

  it.each([
    ['null', 'null'],
    ['a string', '"a story"'],
    ['an array', '[{"title":"x"}]'],
    ['a number', '42'],
  ])('should answer a body that is %s with a 400', async (_, body) => {
    const article = await draft()
    const before = await stored(ARTICLES, article.id)
    const patch = await rest(`/api/articles/${article.id}?draft=true`, {
      method: 'PATCH',
      headers: asEditor,
      body,
    })
    expect(patch.status).toBe(400)
    const post = await rest('/api/articles?draft=true', { method: 'POST', headers: asEditor, body })
    expect(post.status).toBe(400)
    const author = await fixtures.author()
    const authorPatch = await rest(`/api/authors/${author.id}`, {
      method: 'PATCH',
      headers: asEditor,
      body,
    })
    expect(authorPatch.status).toBe(400)
    expect(await stored(ARTICLES, article.id)).toEqual(before)
  })

  it('should answer a malformed JSON body with a 400', async () => {
    const article = await draft()
    const response = await rest(`/api/articles/${article.id}?draft=true`, {
      method: 'PATCH',
      headers: asEditor,
      body: '{"title": ',
    })
    expect(response.status).toBe(400)
  })

  it('should take an empty list sent as the admin sends it (its row count, 0), and refuse other non-lists', async () => {
    const article = await draft()
    const asTheAdminSends = await rest(`/api/articles/${article.id}?draft=true`, {
      method: 'PATCH',
      headers: asEditor,
      body: { title: 'Saved from the admin form', corrections: 0 },
    })
    expect(asTheAdminSends.status).toBe(200)
    const notAList = await rest(`/api/articles/${article.id}?draft=true`, {
      method: 'PATCH',
      headers: asEditor,
      body: { corrections: 'none' },
    })
    expect(await refusedPaths(notAList)).toContain('corrections')
  })

  it('should refuse _status sent as an array with a 400 naming _status', async () => {
    const article = await draft()
    const before = await stored(ARTICLES, article.id)
    const response = await rest(`/api/articles/${article.id}`, {
      method: 'PATCH',
      headers: asEditor,
      body: { _status: ['published'] },
    })
    expect(await refusedPaths(response)).toContain('_status')
    expect(await stored(ARTICLES, article.id)).toEqual(before)
  })

  it.each([
    ['section', 'sports-desk'],
    ['section', ['military']],
    ['tags', [{ tag: 'x' }]],
    ['tags', 'not-a-list'],
    ['title', { text: 'x' }],
    ['title', 'x'.repeat(201)],
    ['heroImage', 'not-an-id'],
    ['heroImage', missingId],
  ])('should refuse a draft %s of %j with a 400 naming it', async (field, bad) => {
    const article = await draft()
    const before = await stored(ARTICLES, article.id)
    const response = await rest(`/api/articles/${article.id}?draft=true`, {
      method: 'PATCH',
      headers: asEditor,
      body: { [field]: bad },
    })
    expect((await refusedPaths(response)).some((path) => path.startsWith(field))).toBe(true)
    expect(await stored(ARTICLES, article.id)).toEqual(before)
  })

  it.each([
    ['focalX', 'garbage'],
    ['focalY', { x: 1 }],
    ['alt', ['an', 'array']],
  ])('should refuse a picture %s of %j with a 400 naming it', async (field, bad) => {
    const image = await fixtures.image()
    const before = await stored(MEDIA, image.id)
    const response = await rest(`/api/media/${image.id}`, {
      method: 'PATCH',
      headers: asEditor,
      body: { [field]: bad },
    })
    expect(await refusedPaths(response)).toContain(field)
    expect(await stored(MEDIA, image.id)).toEqual(before)
  })

  it.each([
    ['roles', 'admin'],
    ['roles', ['owner']],
    ['name', 42],
  ])('should refuse a user %s of %j with a 400 naming it', async (field, bad) => {
    const user = await fixtures.user('contributor')
    const before = await stored(USERS, user.id)
    const response = await rest(`/api/users/${user.id}`, {
      method: 'PATCH',
      headers: asAdmin,
      body: { [field]: bad },
    })
    expect((await refusedPaths(response)).some((path) => path.startsWith(field))).toBe(true)
    expect(await stored(USERS, user.id)).toEqual(before)
  })

  it.each([
    ['links', 'https://example.com'],
    ['links', { x: 42 }],
  ])('should refuse an author %s of %j with a 400 naming it', async (field, bad) => {
    const author = await fixtures.author()
    const before = await stored(AUTHORS, author.id)
    const response = await rest(`/api/authors/${author.id}`, {
      method: 'PATCH',
      headers: asEditor,
      body: { [field]: bad },
    })
    expect((await refusedPaths(response)).some((path) => path.startsWith(field))).toBe(true)
    expect(await stored(AUTHORS, author.id)).toEqual(before)
  })

  it('should refuse a view count that is not a finite number of 0 or more through the Local API', async () => {
    const article = await fixtures.article()
    for (const total of [-1, Number.POSITIVE_INFINITY, 'many']) {
      await expect(
        payload.create({
          collection: ARTICLE_VIEWS,
          data: { article: article.id, total } as never,
        }),
      ).rejects.toMatchObject({
        status: 400,
        data: { errors: [expect.objectContaining({ path: 'total' })] },
      })
    }
    const { totalDocs } = await payload.count({
      collection: ARTICLE_VIEWS,
      where: { article: { equals: article.id } },
    })
    expect(totalDocs).toBe(0)
  })
})

/** Values no field of ours takes, whatever its type: hostile to every target below. */
const alwaysHostile = fc.oneof(
  fc.dictionary(fc.string({ maxLength: 4 }), fc.string({ maxLength: 4 }), { maxKeys: 2 }),
  fc.constant({ $gt: '' }),
  fc.constant({ id: 'x' }),
)
const notText = fc.oneof(
  alwaysHostile,
  fc.integer(),
  fc.boolean(),
  fc.array(fc.string(), { minLength: 1, maxLength: 2 }),
)
const notDate = fc.oneof(
  notText,
  fc.string({ maxLength: 12 }).filter((text) => !/^\d{4}-\d{2}-\d{2}/.test(text.trim())),
  fc.constantFrom('1899-12-31T23:59:59Z', '2201-01-01', '+275760-09-13T00:00:00Z', '2025-13-45'),
)
const notId = fc.oneof(
  alwaysHostile,
  fc.integer(),
  fc.string({ minLength: 1, maxLength: 30 }),
  fc.constant(missingId),
)
/** Every option value of our selects, so a generated string is never one by chance. */
const OPTION_VALUES = new Set<string>([
  ...SECTIONS.map(({ value }) => value),
  ...ROLES,
  'draft',
  'published',
])
const notOption = fc.oneof(
  notText,
  fc.string({ maxLength: 10 }).filter((text) => !OPTION_VALUES.has(text)),
)
const notNumber = fc.oneof(
  alwaysHostile,
  fc.boolean(),
  fc.constantFrom('garbage', '1e999', '12abc', []),
)

/** (collection, field, hostile values): every kind of field our collections have. */
const TARGETS = [
  { collection: ARTICLES, field: 'publishedAt', values: notDate },
  { collection: ARTICLES, field: 'title', values: fc.oneof(notText, fc.constant('t'.repeat(201))) },
  { collection: ARTICLES, field: 'excerpt', values: notText },
  { collection: ARTICLES, field: 'section', values: notOption },
  { collection: ARTICLES, field: '_status', values: notOption },
  {
    collection: ARTICLES,
    field: 'authors',
    values: fc.oneof(
      notId,
      notId.map((id) => [id]),
    ),
  },
  { collection: ARTICLES, field: 'heroImage', values: notId },
  {
    collection: ARTICLES,
    field: 'tags',
    values: fc.oneof(alwaysHostile, fc.integer(), fc.constant([{}])),
  },
  {
    collection: ARTICLES,
    field: 'generateSlug',
    values: fc.oneof(alwaysHostile, fc.integer(), fc.constant('yes')),
  },
  { collection: AUTHORS, field: 'name', values: fc.oneof(notText, fc.constant('n'.repeat(121))) },
  { collection: AUTHORS, field: 'avatar', values: notId },
  {
    collection: AUTHORS,
    field: 'links',
    values: fc.oneof(fc.string(), fc.integer(), fc.constant([])),
  },
  { collection: MEDIA, field: 'focalX', values: notNumber },
  { collection: MEDIA, field: 'caption', values: notText },
  {
    collection: USERS,
    field: 'roles',
    values: fc.oneof(
      notOption,
      notOption.map((role) => [role]),
    ),
  },
] as const

type Target = (typeof TARGETS)[number]

const victims = {
  [ARTICLES]: (await draft()).id,
  [AUTHORS]: (await fixtures.author()).id,
  [MEDIA]: (await fixtures.image()).id,
  [USERS]: (await fixtures.user('contributor')).id,
}

const namesField = (paths: string[], field: string) =>
  paths.some((path) => path === field || path.startsWith(`${field}.`))

describe('property: a hostile value in any field is a 400 naming it, and nothing is stored', () => {
  it('should hold through REST, drafts and published saves alike', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...TARGETS),
        fc.boolean(),
        fc.gen(),
        async (target: Target, asDraft, gen) => {
          const value = gen(() => target.values as fc.Arbitrary<unknown>)
          const id = victims[target.collection]
          const before = await stored(target.collection, id)
          const query = asDraft && target.collection === ARTICLES ? '?draft=true' : ''
          const response = await rest(`/api/${target.collection}/${id}${query}`, {
            method: 'PATCH',
            headers: target.collection === USERS ? asAdmin : asEditor,
            body: { [target.field]: value },
          })
          expect(namesField(await refusedPaths(response), target.field)).toBe(true)
          expect(await stored(target.collection, id)).toEqual(before)
        },
      ),
      { numRuns: 60 },
    )
  })

  it('should hold through the Local API on create and update', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...TARGETS), fc.gen(), async (target: Target, gen) => {
        const value = gen(() => target.values as fc.Arbitrary<unknown>)
        const id = victims[target.collection]
        const before = await stored(target.collection, id)
        const { totalDocs } = await payload.count({ collection: target.collection })
        const data = { [target.field]: value } as never
        for (const write of [
          () => payload.update({ collection: target.collection, id, data, draft: true }),
          () => payload.create({ collection: target.collection, data, draft: true }),
        ]) {
          const error = await write().then(
            () => null,
            (thrown: unknown) =>
              thrown as { status?: number; data?: { errors?: { path: string }[] } },
          )
          expect(error?.status).toBe(400)
          expect(namesField(error?.data?.errors?.map(({ path }) => path) ?? [], target.field)).toBe(
            true,
          )
        }
        expect(await stored(target.collection, id)).toEqual(before)
        expect((await payload.count({ collection: target.collection })).totalDocs).toBe(totalDocs)
      }),
      { numRuns: 40 },
    )
  })
})

/** Writes a value past Payload and its checks, as rows written before the checks existed hold. */
async function storeRaw(id: string, publishedAt: string | null): Promise<void> {
  if (payload.db.name === 'mongoose') {
    const { ObjectId } = await import('mongodb')
    const model = (payload.db as unknown as MongooseAdapter).collections[ARTICLES]
    await model?.collection.updateOne({ _id: new ObjectId(id) }, { $set: { publishedAt } })
    return
  }
  await (payload.db as unknown as SQLiteAdapter).client.execute({
    sql: 'UPDATE articles SET published_at = ? WHERE id = ?',
    args: [publishedAt, id],
  })
}

describe('documents that already hold a bad date', () => {
  it('should be named by the start-up check', async () => {
    const article = await draft()
    await storeRaw(article.id, 'not a date')
    try {
      const found = await findUnreadableDates(payload)
      expect(found).toContainEqual({
        collection: ARTICLES,
        field: 'publishedAt',
        ids: expect.arrayContaining([article.id]),
      })
    } finally {
      await storeRaw(article.id, null)
    }
    expect(await findUnreadableDates(payload)).toEqual([])
  })
})
