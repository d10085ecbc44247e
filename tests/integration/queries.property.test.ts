import config from '@payload-config'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import fc from 'fast-check'
import { NextRequest } from 'next/server'
import type { FlattenedField } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { USERS } from '@collections/slugs'
import { createApiGuard } from '@/platform/guard/apiGuard'
import { CLIENT_ADDRESS_HEADER } from '@/platform/guard/clientAddressHeader'
import { GRAPHQL_MAX_DOCUMENTS, MAX_LIST_LIMIT } from '@/platform/guard/queryLimits'

import { apiFetch, browser } from '../support/contentApi'
import { setupNewsroom } from '../support/newsroom'
import { ORIGIN, rest } from '../support/rest'

const { payload, fixtures, users } = await setupNewsroom({ users: { admin: 'admin' } })

/**
 * A fixed seed, so every run of npm test asks the same questions; set FUZZ_SEED=n to explore
 * others (each found hole becomes a named test). Each property stops after its time budget.
 */
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20261202
const BUDGET = { interruptAfterTimeLimit: 10_000, markInterruptAsFailure: false, seed: SEED }

const guard = createApiGuard({ apiPerMinute: 0, loginPer15Minutes: 0, viewsPerMinute: 0 })

let signedIn: Record<string, string> = {}

beforeAll(async () => {
  await fixtures.article()
  const login = await payload.login({
    collection: USERS,
    data: { email: users.admin.email, password: 'correct-horse-battery' },
  })
  signedIn = { authorization: `JWT ${login.token ?? ''}` }
})

type Answer = { status: number; text: string }

/** What a caller gets for a GET: the proxy's guard first, then, when it lets it by, Payload. */
async function get(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  const verdict = await guard(
    new NextRequest(new URL(path, ORIGIN), {
      headers: { [CLIENT_ADDRESS_HEADER]: '192.0.2.50', ...headers },
    }),
  )
  if (verdict.status !== 200) return { status: verdict.status, text: await verdict.text() }
  const response = path.startsWith('/api/v1/')
    ? await apiFetch(path, { headers: { ...browser('192.0.2.50'), ...headers } })
    : await rest(path, { headers })
  return { status: response.status, text: await response.text() }
}

type GraphqlError = { message: string; extensions?: { statusCode?: number } }
type GraphqlAnswer = { status: number; data?: unknown; errors: GraphqlError[] }

/** Payload's GraphQL route in-process, as Next.js calls it. */
async function graphql(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphqlAnswer> {
  const response = await GRAPHQL_POST(config)(
    new Request(`${ORIGIN}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    }),
  )
  const raw = (await response.json()) as
    { data?: unknown; errors?: GraphqlError[] } | GraphqlError[]
  const body = Array.isArray(raw) ? { errors: raw } : raw
  return { status: response.status, data: body.data, errors: body.errors ?? [] }
}

/** The proxy's verdict on a GraphQL body. */
const guardGraphql = (query: string) =>
  guard(
    new NextRequest(`${ORIGIN}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CLIENT_ADDRESS_HEADER]: '192.0.2.51' },
      body: JSON.stringify({ query }),
    }),
  )

const expectNoServerError = (answer: Answer, what: string) =>
  expect(answer.status, `${what} → ${answer.text.slice(0, 300)}`).toBeLessThan(500)

const expectNoGraphqlServerError = (answer: GraphqlAnswer, what: string) => {
  expect(answer.status, what).toBeLessThan(500)
  for (const error of answer.errors) {
    expect(error.extensions?.statusCode ?? 400, `${what} → ${error.message}`).toBeLessThan(500)
    expect(error.message, what).not.toBe('Something went wrong.')
  }
}

describe('findings from the outside test (issue 14)', () => {
  it('should answer an invalid date in a where filter with a 400 naming it', async () => {
    for (const path of [
      '/api/articles?where[publishedAt][greater_than]=not-a-date',
      '/api/articles/count?where[publishedAt][equals]=not-a-date',
      '/api/authors?where[createdAt][less_than_equal]=2020-13-45',
    ]) {
      const answer = await get(path)
      expect(answer.status, path).toBe(400)
      expect(answer.text, path).toMatch(/where\[(publishedAt|createdAt)\]/)
    }
  })

  it('should answer an invalid near with a 400 naming it', async () => {
    for (const path of [
      '/api/articles?where[title][near]=abc',
      '/api/articles?where[publishedAt][near]=1,2',
      '/api/media?where[width][near]=abc',
    ]) {
      const answer = await get(path)
      expect(answer.status, path).toBe(400)
      expect(answer.text, path).toMatch(/near/)
    }
  })

  it(`should refuse limit=0, negative, non-numeric and over-${MAX_LIST_LIMIT} limits over REST`, async () => {
    for (const limit of ['0', '-1', 'abc', String(MAX_LIST_LIMIT + 1), '1e9']) {
      const answer = await get(`/api/articles?limit=${limit}`)
      expect(answer.status, limit).toBe(400)
      expect(answer.text, limit).toMatch(/limit/)
    }
    expect((await get(`/api/articles?limit=${MAX_LIST_LIMIT}`)).status).toBe(200)
  })

  it('should refuse pagination=false for anonymous callers and bound it for signed-in ones', async () => {
    const anonymous = await get('/api/articles?pagination=false')
    expect(anonymous.status).toBe(400)
    expect(anonymous.text).toMatch(/pagination/)
    const editor = await get('/api/articles?pagination=false&depth=0', signedIn)
    expect(editor.status).toBe(200)
    expect((JSON.parse(editor.text) as { docs: unknown[] }).docs.length).toBeLessThanOrEqual(
      MAX_LIST_LIMIT,
    )
  })

  it('should refuse text matching on relationship ids (SQLite and MongoDB answered 500)', async () => {
    for (const path of [
      '/api/payload-locked-documents?where[document][like]=x',
      '/api/articleViews?where[article][not_like]=x',
    ]) {
      const answer = await get(path, signedIn)
      expect(answer.status, path).toBe(400)
      expect(answer.text, path).toMatch(/text fields/)
    }
  })

  it('should refuse a plain value for a relationship to several collections (SQLite answered 500)', async () => {
    const id = '3e568a3a-da5f-47be-b2b4-9a68cb7e5a4b'
    for (const operator of ['equals', 'not_equals', 'in']) {
      const path = `/api/payload-locked-documents?where[document][${operator}]=${id}`
      const answer = await get(path, signedIn)
      expect(answer.status, path).toBe(400)
      expect(answer.text, path).toMatch(/several collections/)
    }
    // An id of the database's own kind (a UUID is not an ObjectId: MongoDB answers that with 400).
    const article = await fixtures.article()
    const byParts = `/api/payload-locked-documents?where[document.relationTo][equals]=articles&where[document.value][equals]=${article.id}`
    expect((await get(byParts, signedIn)).status).toBe(200)
  })

  it('should refuse a sort that names an empty field (MongoDB answered 500)', async () => {
    for (const sort of ['', ',', '-', 'title,,slug', ' !']) {
      const answer = await get(`/api/articles?sort=${encodeURIComponent(sort)}`)
      expect(answer.status, JSON.stringify(sort)).toBe(400)
      expect(answer.text).toMatch(/sort/)
    }
    expect((await get('/api/articles?sort=-publishedAt,title')).status).toBe(200)
  })

  it('should cap, not refuse, a signed-in list asked for limit=0 or more than the maximum', async () => {
    for (const limit of ['0', String(MAX_LIST_LIMIT + 50)]) {
      const answer = await get(`/api/articles?limit=${limit}&depth=0`, signedIn)
      expect(answer.status, limit).toBe(200)
      expect((JSON.parse(answer.text) as { limit: number }).limit, limit).toBe(MAX_LIST_LIMIT)
    }
  })

  it("should keep limit=0 ('all that match') for a signed-in bulk update, as the admin sends it", async () => {
    const article = await fixtures.article()
    const response = await rest(`/api/articles?limit=0&depth=0&where[id][in][0]=${article.id}`, {
      method: 'PATCH',
      headers: signedIn,
      body: {},
    })
    expect(response.status).toBe(200)
    expect(((await response.json()) as { docs: unknown[] }).docs).toHaveLength(1)
  })

  it('should refuse pagination: false to anonymous GraphQL callers', async () => {
    const answer = await graphql('{ Articles(pagination: false) { docs { id } } }')
    expect(answer.errors[0]?.message).toMatch(/pagination=false/)
    const editor = await graphql('{ Articles(pagination: false) { docs { id } } }', {}, signedIn)
    expect(editor.errors).toEqual([])
  })

  it('should refuse limit: 0 in GraphQL arguments and variables', async () => {
    const literal = await graphql('{ Articles(limit: 0) { docs { id } } }')
    expect(literal.data).toMatchObject({ Articles: null })
    expect(literal.errors[0]?.message).toMatch(/limit/)
    const variable = await graphql(
      'query ($limit: Int) { Authors(limit: $limit) { docs { id } } }',
      { limit: 0 },
    )
    expect(variable.errors[0]?.message).toMatch(/limit/)
  })

  it(`should refuse a GraphQL request asking for more than ${GRAPHQL_MAX_DOCUMENTS} documents through aliases`, async () => {
    const aliases = (count: number, limit: number) =>
      `{ ${Array.from({ length: count }, (_, n) => `a${n}: Articles(limit: ${limit}) { docs { id } }`).join(' ')} }`
    const refused = await guardGraphql(aliases(6, MAX_LIST_LIMIT))
    expect(refused.status).toBe(400)
    expect(await refused.text()).toMatch(/600 documents/)
    const inProcess = await graphql(aliases(6, MAX_LIST_LIMIT))
    expect(inProcess.data).toBeUndefined()
    expect(inProcess.errors[0]?.message).toMatch(/documents/)
    // Unlimited-looking aliases (no limit: Payload's 10 each) add up the same way.
    expect((await guardGraphql(aliases(60, 0))).status).toBe(400)
    // A limit given as a variable is not known to the proxy: it counts as the most, 100.
    const variables = `query ($n: Int) { ${Array.from({ length: 6 }, (_, n) => `a${n}: Authors(limit: $n) { docs { id } }`).join(' ')} }`
    expect((await guardGraphql(variables)).status).toBe(400)
    expect((await guardGraphql(aliases(5, MAX_LIST_LIMIT))).status).toBe(200)
  })
})

/** Every collection, Payload's own included, and the paths of its fields a caller could name. */
function queryPaths(fields: FlattenedField[], prefix = '', depth = 0): string[] {
  return fields.flatMap((field) => {
    const path = `${prefix}${field.name}`
    if ('flattenedFields' in field && depth < 2) {
      return [path, ...queryPaths(field.flattenedFields, `${path}.`, depth + 1)]
    }
    if ((field.type === 'relationship' || field.type === 'upload') && depth < 1) {
      return [path, `${path}.id`, `${path}.createdAt`]
    }
    return [path]
  })
}

const collections = payload.config.collections.map((collection) => ({
  slug: collection.slug,
  paths: ['id', '_id', 'nope', ...queryPaths(collection.flattenedFields)],
  hasVersions: Boolean(collection.versions),
}))

const OPERATORS = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'within',
  'intersects',
  'near',
  'bogus',
]

/** Values that broke, or could break, a database adapter's query builder. */
const HOSTILE_TEXT = [
  'not-a-date',
  '2020-13-45',
  '0000-00-00T25:61:61Z',
  '',
  ' ',
  'abc',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e400',
  '-1',
  '0',
  '99999999999999999999999',
  '0x1F',
  'null',
  'undefined',
  'true',
  'maybe',
  '%',
  '%%_\\',
  "'; drop table articles; --",
  '"',
  '\u0000',
  '\uD800',
  '1,2',
  '1,2,3,4,5',
  'abc,def',
  ',,,',
  '[object Object]',
  '{"$gt":""}',
  '$where',
  '507f1f77bcf86cd799439011',
  '00000000-0000-0000-0000-000000000000',
  'x'.repeat(5000),
  '🛰️',
]

/** Percent-encodes; a lone surrogate becomes the bytes of invalid UTF-8, hostile in its own way. */
const encode = (value: string) => {
  try {
    return encodeURIComponent(value)
  } catch {
    return '%ED%A0%80'
  }
}

const hostileText = fc.oneof(fc.constantFrom(...HOSTILE_TEXT), fc.string({ maxLength: 30 }))

/** A query-string value: one value, a list (`[0]=..&[1]=..`) or a nested object (`[a]=..`). */
const hostileSuffix = fc.oneof(
  hostileText.map((value) => `=${encode(value)}`),
  fc
    .array(hostileText, { minLength: 1, maxLength: 3 })
    .map((values) => values.map((value, n) => `[${n}]=${encode(value)}`)),
  fc
    .tuple(fc.constantFrom('type', 'coordinates', '$gt', 'equals', 'x', '0'), hostileText)
    .map(([key, value]) => `[${encode(key)}]=${encode(value)}`),
)

const safeDecode = (text: string) => {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** `where[path][op]...`, alone, under and/or, or as a JSON string. */
const whereParameter = (paths: string[]) =>
  fc
    .tuple(
      fc.constantFrom(...paths),
      fc.constantFrom(...OPERATORS),
      hostileSuffix,
      fc.constantFrom('plain', 'and', 'or', 'json'),
    )
    .map(([path, operator, suffix, wrap]) => {
      const parts = Array.isArray(suffix) ? suffix : [suffix]
      if (wrap === 'json') {
        const value = safeDecode(parts[0]?.replace(/^(\[[^\]]*\])?=/, '') ?? '')
        return `where=${encode(JSON.stringify({ [path]: { [operator]: value } }))}`
      }
      const head = wrap === 'plain' ? `where[${path}]` : `where[${wrap}][0][${path}]`
      return parts.map((part) => `${head}[${operator}]${part}`).join('&')
    })

const caller = fc.constantFrom('anonymous', 'signed in')
const headersOf = (who: string) => (who === 'signed in' ? signedIn : {})

describe('every collection × field × operator × hostile value through REST', () => {
  it('should answer a where filter with less than 500', async () => {
    const endpoint = fc
      .constantFrom(...collections)
      .chain((collection) =>
        fc.tuple(
          fc.constantFrom(
            `/api/${collection.slug}`,
            `/api/${collection.slug}/count`,
            ...(collection.hasVersions ? [`/api/${collection.slug}/versions`] : []),
          ),
          whereParameter(
            collection.hasVersions
              ? [
                  ...collection.paths,
                  ...collection.paths.map((path) => `version.${path}`),
                  'parent',
                  'latest',
                ]
              : collection.paths,
          ),
        ),
      )
    await fc.assert(
      fc.asyncProperty(endpoint, caller, async ([path, where], who) => {
        const url = `${path}?${where}`
        expectNoServerError(await get(url, headersOf(who)), `${who} GET ${url}`)
      }),
      { numRuns: 400, ...BUDGET },
    )
  })

  it('should answer hostile sort, select, populate, depth, limit, page, joins, draft and locale with less than 500', async () => {
    const names = fc.constantFrom(
      'sort',
      'select',
      'populate',
      'depth',
      'limit',
      'page',
      'joins',
      'draft',
      'locale',
      'fallback-locale',
      'pagination',
      'trash',
      'where',
    )
    const field = fc.oneof(
      fc.constantFrom('title', '-title', 'publishedAt', 'authors', 'nope', '-', '', 'meta.title'),
      hostileText,
    )
    const parameter = fc.oneof(
      fc.tuple(names, hostileText).map(([name, value]) => `${name}=${encode(value)}`),
      fc
        .tuple(names, field, hostileSuffix)
        .map(([name, key, suffix]) =>
          (Array.isArray(suffix) ? suffix : [suffix])
            .map((part) => `${name}[${encode(key)}]${part}`)
            .join('&'),
        ),
    )
    const request = fc.tuple(
      fc.constantFrom(...collections.map((collection) => collection.slug)),
      fc.array(parameter, { minLength: 1, maxLength: 4 }),
      caller,
    )
    await fc.assert(
      fc.asyncProperty(request, async ([slug, parameters, who]) => {
        const url = `/api/${slug}?${parameters.join('&')}`
        expectNoServerError(await get(url, headersOf(who)), `${who} GET ${url}`)
      }),
      { numRuns: 250, ...BUDGET },
    )
  })
})

type InputField = { name: string; type: { name: string | null; kind: string } }
type ListQuery = {
  name: string
  whereType: string
  filters: { field: string; operators: string[] }[]
}

/** Every list query of the schema with its where type's fields and their operators. */
async function listQueries(): Promise<ListQuery[]> {
  const schema = await graphql(`
    {
      __schema {
        queryType {
          fields {
            name
            args {
              name
              type {
                name
                kind
              }
            }
          }
        }
        types {
          name
          inputFields {
            name
            type {
              name
              kind
            }
          }
        }
      }
    }
  `)
  type Schema = {
    __schema: {
      queryType: { fields: { name: string; args: InputField[] }[] }
      types: { name: string; inputFields: InputField[] | null }[]
    }
  }
  const { queryType, types } = (schema.data as Schema).__schema
  const inputs = new Map(types.map((type) => [type.name, type.inputFields ?? []]))
  return queryType.fields.flatMap((query) => {
    const where = query.args.find((arg) => arg.name === 'where')
    if (!where?.type.name || !query.args.some((arg) => arg.name === 'limit')) return []
    const filters = (inputs.get(where.type.name) ?? [])
      .filter((field) => field.type.name && !['AND', 'OR'].includes(field.name))
      .map((field) => ({
        field: field.name,
        operators: (inputs.get(field.type.name ?? '') ?? []).map((operator) => operator.name),
      }))
      .filter((filter) => filter.operators.length > 0)
    return [{ name: query.name, whereType: where.type.name, filters }]
  })
}

/** JSON values of every shape, for variables GraphQL coerces (or refuses) before Payload runs. */
const hostileJson = fc.oneof(
  hostileText,
  fc.constantFrom(0, -1, 1e308, Number.MAX_SAFE_INTEGER, 0.5, true, false, null),
  fc.array(hostileText, { maxLength: 3 }),
  fc.constantFrom({ type: 'Point', coordinates: [1, 2] }, { $gt: '' }, { equals: 'x' }, [[1, 2]]),
)

describe('the same through GraphQL', () => {
  let queries: ListQuery[] = []
  beforeAll(async () => {
    queries = await listQueries()
  })

  it('should find the list queries of every collection', () => {
    expect(queries.map((query) => query.name)).toEqual(
      expect.arrayContaining(['Articles', 'Authors', 'allMedia', 'Users', 'versionsArticles']),
    )
  })

  it('should answer a where argument with no server error', async () => {
    const request = fc.integer({ min: 0, max: 10_000 }).chain((n) => {
      const query = queries[n % queries.length] as ListQuery
      const filter = query.filters[n % query.filters.length] as ListQuery['filters'][number]
      return fc.tuple(
        fc.constant(n % queries.length),
        fc.constant(filter.field),
        fc.constantFrom(...filter.operators),
        hostileJson,
        fc.constantFrom('plain', 'AND', 'OR'),
      )
    })
    await fc.assert(
      fc.asyncProperty(request, caller, async ([index, field, operator, value, wrap], who) => {
        const query = queries[index] as ListQuery
        const condition = { [field]: { [operator]: value } }
        const where = wrap === 'plain' ? condition : { [wrap]: [condition] }
        const text = `query ($where: ${query.whereType}) { ${query.name}(where: $where, limit: 5) { totalDocs } }`
        const answer = await graphql(text, { where }, headersOf(who))
        expectNoGraphqlServerError(
          answer,
          `${who} ${query.name} ${JSON.stringify(where).slice(0, 200)}`,
        )
      }),
      { numRuns: 300, ...BUDGET },
    )
  })

  it('should answer hostile limit, page, sort, draft and pagination with no server error', async () => {
    const request = fc.tuple(
      fc.integer({ min: 0, max: 10_000 }),
      fc.record(
        {
          limit: fc.oneof(fc.integer(), fc.constantFrom(0, -1, 2 ** 31 - 1)),
          page: fc.oneof(fc.integer(), fc.constantFrom(0, -1, 2 ** 31 - 1)),
          sort: hostileText,
          draft: fc.boolean(),
          pagination: fc.boolean(),
        },
        { requiredKeys: [] },
      ),
      caller,
    )
    await fc.assert(
      fc.asyncProperty(request, async ([n, variables, who]) => {
        const query = queries[n % queries.length] as ListQuery
        const text = `query ($limit: Int, $page: Int, $sort: String, $draft: Boolean, $pagination: Boolean) {
          ${query.name}(limit: $limit, page: $page, sort: $sort, draft: $draft, pagination: $pagination) { totalDocs }
        }`
        const answer = await graphql(text, variables, headersOf(who))
        expectNoGraphqlServerError(answer, `${who} ${query.name} ${JSON.stringify(variables)}`)
      }),
      { numRuns: 150, ...BUDGET },
    )
  })
})

describe("the content API's parameters", () => {
  it('should answer hostile parameters with less than 500', async () => {
    const route = fc.constantFrom(
      '/api/v1/military/articles',
      '/api/v1/military/articles/no-such-story',
      '/api/v1/authors',
      '/api/v1/authors/no-such-author',
      '/api/v1/tags',
    )
    const name = fc.constantFrom(
      'page',
      'limit',
      'tag',
      'author',
      'since',
      'q',
      'sort',
      'where',
      'x',
    )
    const parameter = fc.oneof(
      fc.tuple(name, hostileText).map(([key, value]) => `${key}=${encode(value)}`),
      fc
        .tuple(name, hostileSuffix)
        .map(([key, suffix]) =>
          (Array.isArray(suffix) ? suffix : [suffix]).map((part) => `${key}${part}`).join('&'),
        ),
    )
    await fc.assert(
      fc.asyncProperty(route, fc.array(parameter, { maxLength: 4 }), async (path, parameters) => {
        const url = `${path}?${parameters.join('&')}`
        expectNoServerError(await get(url), `GET ${url}`)
      }),
      { numRuns: 150, ...BUDGET },
    )
  })
})
