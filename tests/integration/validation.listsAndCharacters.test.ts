import config from '@payload-config'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import fc from 'fast-check'
import type { CollectionSlug, FlattenedField } from 'payload'
import { xml2js } from 'xml-js'
import { describe, expect, it } from 'vitest'

import { ARTICLES, USERS } from '@collections/slugs'
import { lexicalBody, paragraph, text } from '@/articles/body/lexicalBuilders'
import { isListLike, listBound } from '@/platform/validation/listBound'
import { GET as sectionFeedGET } from '../../app/(frontend)/military/feed.xml/route'
import { GET as newsSitemapGET } from '../../app/(frontend)/news-sitemap.xml/route'

import { ORIGIN, rest } from '../support/rest'
import { setupNewsroom } from '../support/newsroom'

const { payload, fixtures, users } = await setupNewsroom({ users: { editor: 'editor' } })

const { token } = await payload.login({
  collection: USERS,
  data: { email: users.editor.email, password: 'correct-horse-battery' },
})
const asEditor = { authorization: `JWT ${token}` }

/** The collections this project defines (Payload's own `payload-*` ones are not ours to shape). */
const ourCollections = payload.config.collections.filter(({ slug }) => !slug.startsWith('payload-'))

type FieldAt = { path: string[]; field: FlattenedField }

/** Every field with its path, into groups, tabs and one row of each array. */
function fieldsOf(fields: FlattenedField[], prefix: string[] = []): FieldAt[] {
  return fields.flatMap((field) => {
    const path = [...prefix, field.name]
    const here: FieldAt = { path, field }
    if (field.type === 'group' || field.type === 'tab') {
      return [here, ...fieldsOf(field.flattenedFields, path)]
    }
    if (field.type === 'array') return [here, ...fieldsOf(field.flattenedFields, [...path, '0'])]
    return [here]
  })
}

/** `data` with `value` at `path` (a '0' segment is the first row of a list). */
function dataAt(path: string[], value: unknown): Record<string, unknown> {
  const [head, ...rest] = path
  if (head === undefined) throw new Error('empty path')
  if (rest.length === 0) return { [head]: value }
  if (rest[0] === '0') return { [head]: [dataAt(rest.slice(1), value)] }
  return { [head]: dataAt(rest, value) }
}

type Stored = { title: string; tags: unknown; authors: unknown; versions: number }

async function storedArticle(id: string): Promise<Stored> {
  const doc = (await payload.db.findOne({
    collection: ARTICLES,
    where: { id: { equals: id } },
  })) as unknown as {
    title: string
    tags?: unknown
    authors?: unknown
  }
  const { totalDocs } = await payload.db.findVersions({
    collection: ARTICLES,
    where: { parent: { equals: id } },
    limit: 1,
  })
  return { title: doc.title, tags: doc.tags, authors: doc.authors, versions: totalDocs }
}

async function errorPaths(response: Response): Promise<string[]> {
  expect(response.status).toBe(400)
  const body = (await response.json()) as { errors: { data?: { errors?: { path: string }[] } }[] }
  return body.errors.flatMap((error) => error.data?.errors?.map(({ path }) => path) ?? [])
}

const graphql = (query: string) =>
  GRAPHQL_POST(config)(
    new Request(`${ORIGIN}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...asEditor },
      body: JSON.stringify({ query }),
    }),
  )

const nineThousandTags = Array.from({ length: 9000 }, (_, index) => `u${index}`)

describe('every list has an upper bound (F13)', () => {
  it('should give every array, blocks and hasMany field of every collection a bound', () => {
    const unbounded = ourCollections.flatMap(({ slug, flattenedFields }) =>
      fieldsOf(flattenedFields)
        .filter(({ field }) => isListLike(field))
        .filter(({ path, field }) => listBound(field, path.join('.')) === undefined)
        .map(({ path }) => `${slug}.${path.join('.')}`),
    )
    expect(unbounded).toEqual([])
  })

  it('should refuse 9000 tags through REST with a 400 naming tags, and store nothing', async () => {
    for (const asPublished of [false, true]) {
      const article = await fixtures.article({
        tags: ['keep-me', 'and-me'],
        _status: asPublished ? 'published' : 'draft',
      })
      const before = await storedArticle(article.id)
      const response = await rest(
        `/api/articles/${article.id}${asPublished ? '' : '?draft=true'}`,
        {
          method: 'PATCH',
          headers: asEditor,
          body: {
            title: 'v2 (must not be saved)',
            tags: nineThousandTags,
            ...(asPublished ? { _status: 'published' } : {}),
          },
        },
      )
      expect(await errorPaths(response)).toEqual(['tags'])
      expect(await storedArticle(article.id)).toEqual(before)
    }
  })

  it('should refuse 9000 authors through REST with a 400 naming authors, and store nothing', async () => {
    const article = await fixtures.article({ _status: 'draft' })
    const before = await storedArticle(article.id)
    const author = article.authors[0]
    const authorId = typeof author === 'string' ? author : author?.id
    const response = await rest(`/api/articles/${article.id}?draft=true`, {
      method: 'PATCH',
      headers: asEditor,
      body: { title: 'v2 (must not be saved)', authors: Array(9000).fill(authorId) },
    })
    expect(await errorPaths(response)).toEqual(['authors'])
    expect(await storedArticle(article.id)).toEqual(before)
  })

  it('should refuse 9000 tags or authors through the Local API with a 400, and store nothing', async () => {
    const article = await fixtures.article({ tags: ['keep-me'], _status: 'draft' })
    const before = await storedArticle(article.id)
    const author = article.authors[0]
    const authorId = typeof author === 'string' ? author : author?.id
    for (const [field, list] of [
      ['tags', nineThousandTags],
      ['authors', Array<string | undefined>(9000).fill(authorId)],
    ] as const) {
      const error = await payload
        .update({
          collection: ARTICLES,
          id: article.id,
          data: { title: 'local half', [field]: list },
          draft: true,
        })
        .then(
          () => null,
          (thrown: unknown) =>
            thrown as { status?: number; data?: { errors?: { path: string }[] } },
        )
      expect(error?.status).toBe(400)
      expect(error?.data?.errors?.map(({ path }) => path)).toEqual([field])
      expect(await storedArticle(article.id)).toEqual(before)
    }
  })

  it('should refuse 9000 tags or authors through GraphQL with a 400, and store nothing', async () => {
    const article = await fixtures.article({ tags: ['keep-me'], _status: 'draft' })
    const before = await storedArticle(article.id)
    const author = article.authors[0]
    const authorIds = JSON.stringify(
      Array(9000).fill(typeof author === 'string' ? author : author?.id),
    )
    for (const [field, list] of [
      ['tags', JSON.stringify(nineThousandTags)],
      ['authors', authorIds],
    ]) {
      const response = await graphql(
        `mutation { updateArticle(id: "${article.id}", draft: true, data: { title: "gql half", ${field}: ${list} }) { title } }`,
      )
      const body = (await response.json()) as {
        errors?: {
          extensions?: { statusCode?: number; data?: { errors?: { path: string }[] } }
        }[]
      }
      expect(body.errors?.[0]?.extensions?.statusCode).toBe(400)
      expect(body.errors?.[0]?.extensions?.data?.errors?.map(({ path }) => path)).toEqual([field])
      expect(await storedArticle(article.id)).toEqual(before)
    }
  })
})

/** C0 controls other than tab, newline and carriage return, U+FFFE/U+FFFF and lone surrogates. */
const unwritableCharacter = fc.constantFrom(
  ...Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).filter(
    (character) => !'\t\n\r'.includes(character),
  ),
  '\ufffe',
  '\uffff',
  '\ud800',
  '\udfff',
)
const textWithUnwritable = fc
  .tuple(fc.string({ maxLength: 8 }), unwritableCharacter, fc.string({ maxLength: 8 }))
  .map(([before, character, after]) => `before${before}${character}${after}after`)

const stringFields = ourCollections.flatMap(({ slug, flattenedFields }) =>
  fieldsOf(flattenedFields)
    .filter(({ path }) => path.at(-1) !== 'id')
    .filter(({ field }) => ['text', 'textarea', 'email', 'code'].includes(field.type))
    .map(({ path, field }) => ({ collection: slug as CollectionSlug, path, field })),
)

describe('text never holds characters XML forbids (F11, F12)', () => {
  it('should find string fields in every collection that has them', () => {
    expect(stringFields.map(({ collection, path }) => `${collection}.${path.join('.')}`)).toEqual(
      expect.arrayContaining(['articles.title', 'articles.excerpt', 'media.alt', 'authors.name']),
    )
  })

  it('should refuse a control character in any string field of any collection with a 400 naming it, storing nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...stringFields),
        textWithUnwritable,
        async ({ collection, path, field }, text) => {
          const value = 'hasMany' in field && field.hasMany ? ['fine', text] : text
          const { totalDocs } = await payload.count({ collection })
          const error = await payload
            .create({ collection, data: dataAt(path, value) as never, draft: true })
            .then(
              () => null,
              (thrown: unknown) =>
                thrown as { status?: number; data?: { errors?: { path: string }[] } },
            )
          expect(error?.status).toBe(400)
          const named = path.join('.')
          expect(error?.data?.errors?.some((problem) => problem.path.startsWith(named))).toBe(true)
          expect((await payload.count({ collection })).totalDocs).toBe(totalDocs)
        },
      ),
      { numRuns: 120 },
    )
  })

  it('should refuse a NUL in a title or excerpt through REST instead of cutting the text short', async () => {
    const article = await fixtures.article({ _status: 'draft' })
    const before = await storedArticle(article.id)
    const response = await rest(`/api/articles/${article.id}?draft=true`, {
      method: 'PATCH',
      headers: asEditor,
      body: { title: 'before\u0000after NUL', excerpt: 'keep\u0000lost part' },
    })
    expect((await errorPaths(response)).sort()).toEqual(['excerpt', 'title'])
    expect(await storedArticle(article.id)).toEqual(before)
  })

  it('should refuse a control character in a rich-text text node, storing nothing', async () => {
    const article = await fixtures.article({ _status: 'draft' })
    const before = await storedArticle(article.id)
    const response = await rest(`/api/articles/${article.id}?draft=true`, {
      method: 'PATCH',
      headers: asEditor,
      body: { title: 'v2', body: lexicalBody(paragraph(text('ghost \u0001 text'))) },
    })
    expect(await errorPaths(response)).toContain('body')
    expect(await storedArticle(article.id)).toEqual(before)
  })
})

/**
 * XML 1.0's Char production, which the parser below does not check, then well-formedness by
 * xml-js (the feed library's own XML writer, so already installed; strict sax underneath).
 */
const XML_CHAR = /^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u

function expectWellFormedXml(xml: string): void {
  expect(XML_CHAR.test(xml)).toBe(true)
  expect(() => xml2js(xml)).not.toThrow()
}

/** A title written past Payload and its checks, as rows stored before the checks hold. */
async function storeRawTitle(id: string, title: string): Promise<void> {
  if (payload.db.name === 'mongoose') {
    const { ObjectId } = await import('mongodb')
    const model = (payload.db as unknown as MongooseAdapter).collections[ARTICLES]
    await model?.collection.updateOne({ _id: new ObjectId(id) }, { $set: { title } })
    return
  }
  await (payload.db as unknown as SQLiteAdapter).client.execute({
    sql: 'UPDATE articles SET title = ? WHERE id = ?',
    args: [title, id],
  })
}

describe('feeds and sitemaps stay XML whatever is stored (F11)', () => {
  it('should leave out characters XML forbids from a title stored before they were refused', async () => {
    const article = await fixtures.article({ _status: 'published' })
    const title = `Ghost \u0001\u000b\ufffe ctrl ${article.id}`
    await storeRawTitle(article.id, title)
    expect((await storedArticle(article.id)).title).toBe(title)
    for (const response of [await sectionFeedGET(), await newsSitemapGET()]) {
      const xml = await response.text()
      expect(xml).toContain(`Ghost  ctrl ${article.id}`)
      expectWellFormedXml(xml)
    }
  })
})
