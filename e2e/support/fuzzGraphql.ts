import fc from 'fast-check'

import { nastyString } from './fuzz'

/** A GraphQL string literal for any text (JSON's escaping is valid GraphQL escaping). */
const literal = (text: string) => JSON.stringify(text)

const fieldName = fc.constantFrom(
  'title',
  'slug',
  'section',
  '_status',
  'publishedAt',
  'id',
  'authors',
  'tags',
  'views',
  'searchText',
  'createdBy',
  'nonexistent',
  '__typename',
)

const operator = fc.constantFrom(
  'equals',
  'not_equals',
  'in',
  'not_in',
  'exists',
  'like',
  'contains',
  'greater_than',
  'less_than_equal',
  'near',
  'bogus',
)

const scalar = fc.oneof(
  nastyString.map(literal),
  fc.integer().map(String),
  fc.constantFrom('true', 'null', '1.5', '-0', '99999999999999999999', '[]', '{}', '$nope'),
)

/** A `where` input: real and unknown fields and operators, nested and/or. */
const whereInput: fc.Arbitrary<string> = fc.letrec((tie) => ({
  where: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc
      .tuple(fieldName, operator, scalar)
      .map(([field, op, value]) => `{ ${field}: { ${op}: ${value} } }`),
    fc
      .tuple(fc.constantFrom('AND', 'OR', 'and', 'or'), fc.array(tie('where'), { maxLength: 3 }))
      .map(([join, parts]) => `{ ${join}: [${parts.join(', ')}] }`),
  ),
})).where

const intArg = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String),
  fc.constantFrom('0', '-1', '2147483648', '1.5', '"ten"', 'null'),
)

/** Queries over the public collections with generated arguments. */
const argumentQuery = fc
  .record({
    collection: fc.constantFrom('Articles', 'Authors', 'Media', 'Users', 'versionsArticles'),
    where: fc.option(whereInput, { nil: undefined }),
    sort: fc.option(nastyString.map(literal), { nil: undefined }),
    limit: fc.option(intArg, { nil: undefined }),
    page: fc.option(intArg, { nil: undefined }),
    draft: fc.option(fc.constantFrom('true', 'false', '"yes"'), { nil: undefined }),
    fields: fc.array(fieldName, { minLength: 1, maxLength: 4 }),
  })
  .map(({ collection, fields, ...args }) => {
    const given = Object.entries(args)
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => `${name}: ${value}`)
    const list = given.length ? `(${given.join(', ')})` : ''
    return `{ ${collection}${list} { docs { ${fields.join(' ')} } totalDocs } }`
  })

/** Broken documents: unbalanced, truncated, deep, wide, random text, mutations without rights. */
const brokenDocument = fc.oneof(
  nastyString,
  fc.integer({ min: 1, max: 3000 }).map((depth) => '{'.repeat(depth)),
  fc
    .integer({ min: 2, max: 60 })
    .map(
      (depth) => `{ Articles { docs { ${'authors { '.repeat(depth)}id${' }'.repeat(depth)} } } }`,
    ),
  fc
    .integer({ min: 10, max: 400 })
    .map(
      (count) =>
        `{ ${Array.from({ length: count }, (_, n) => `a${n}: Articles { docs { title } }`).join(' ')} }`,
    ),
  argumentQuery.map((query) => query.slice(0, Math.max(1, Math.floor(query.length / 2)))),
  fc.constantFrom(
    'query { __schema { types { name } } }',
    'fragment A on Article { ...A } { Articles { docs { ...A } } }',
    'mutation { createArticle(data: { title: "x" }) { id } }',
    'mutation { deleteArticle(id: "1") { id } }',
    'mutation { updateUser(id: "1", data: { roles: admin }) { id } }',
    'subscription { Articles { docs { title } } }',
    'query A { Articles { totalDocs } } query B { Authors { totalDocs } }',
    '{ Articles(where: { title: { equals: $undefined } }) { docs { title } } }',
    '{ Articles { docs { title(arg: 1) } } }',
    '{ meUser { user { email } } }',
  ),
)

/** A POST body for /api/graphql: a document and sometimes variables or an odd operation name. */
export const graphqlBody: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: argumentQuery.map((query) => ({ query })) },
  { weight: 3, arbitrary: brokenDocument.map((query) => ({ query })) },
  {
    weight: 1,
    arbitrary: fc.record({
      query: fc.constant(
        'query ($s: String, $n: Int) { Articles(where: { title: { like: $s } }, limit: $n) { docs { title } } }',
      ),
      variables: fc.oneof(fc.record({ s: fc.anything(), n: fc.anything() }), fc.anything()),
      operationName: fc.option(nastyString, { nil: undefined }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.anything(),
      fc.record({ query: fc.anything() }),
      fc.array(
        argumentQuery.map((query) => ({ query })),
        { maxLength: 3 },
      ),
    ),
  },
)
