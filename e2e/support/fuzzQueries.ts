import fc from 'fast-check'

import { nastyString } from './fuzz'

/** Percent-encodes like a browser would, turning lone surrogates (unencodable) into U+FFFD. */
export function encode(value: string): string {
  return encodeURIComponent(
    value.replace(/[\uD800-\uDFFF]/g, (unit, offset: number, whole: string) => {
      const code = unit.charCodeAt(0)
      const next = whole.charCodeAt(offset + 1)
      const previous = whole.charCodeAt(offset - 1)
      const isPaired =
        (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) ||
        (code >= 0xdc00 && previous >= 0xd800 && previous <= 0xdbff)
      return isPaired ? unit : '\uFFFD'
    }),
  )
}

/** Field paths a caller might try: real, nested, private, unknown, prototype-polluting. */
const fieldPath = fc.oneof(
  fc.constantFrom(
    'title',
    'slug',
    'section',
    '_status',
    'publishedAt',
    'updatedAt',
    'id',
    '_id',
    'authors',
    'authors.name',
    'authors.email',
    'heroImage.filename',
    'tags',
    'views',
    'searchText',
    'createdBy',
    'createdBy.email',
    'createdBy.hash',
    'email',
    'hash',
    'salt',
    'roles',
    'meta.title',
    'body',
    'version.title',
    'nonexistent',
    'title.deeper.still',
    '__proto__',
    'constructor',
    '$where',
  ),
  nastyString,
)

const operator = fc.oneof(
  fc.constantFrom(
    'equals',
    'not_equals',
    'in',
    'not_in',
    'all',
    'exists',
    'like',
    'not_like',
    'contains',
    'greater_than',
    'greater_than_equal',
    'less_than',
    'less_than_equal',
    'near',
    'within',
    'intersects',
    '$gt',
    '$where',
    '$regex',
    'bogus',
  ),
  nastyString,
)

const value = fc.oneof(
  nastyString,
  fc.integer().map(String),
  fc.double().map(String),
  fc
    .date({ noInvalidDate: false })
    .map((date) => (Number.isNaN(date.getTime()) ? 'Invalid' : date.toISOString())),
  fc.constantFrom('true', 'false', '1,2,3', '-180,91,5', '2025-13-45T99:99:99Z', '0'.repeat(24)),
)

/** One `where` condition as query-string pairs, possibly nested in and/or or indexed arrays. */
const whereCondition: fc.Arbitrary<[string, string][]> = fc
  .tuple(
    fc.array(fc.constantFrom('[and]', '[or]', '[0]', '[1]', '[and][0]', '[or][5]', '[]'), {
      maxLength: 6,
    }),
    fc.array(fieldPath, { minLength: 1, maxLength: 2 }),
    fc.option(operator, { nil: undefined }),
    fc.array(fc.constantFrom('', '[0]', '[]', '[x]'), { maxLength: 2 }),
    value,
  )
  .map(([nesting, fields, op, tail, given]) => [
    [
      `where${nesting.join('')}${fields.map((field) => `[${field}]`).join('')}${op === undefined ? '' : `[${op}]`}${tail.join('')}`,
      given,
    ],
  ])

/** Deeply nested where: recursion limits and stack depth in the query parsers. */
const deepWhere = fc
  .integer({ min: 20, max: 400 })
  .map((depth): [string, string][] => [[`where${'[and][0]'.repeat(depth)}[title][equals]`, 'x']])

const numberish = fc.oneof(
  fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }).map(String),
  fc.constantFrom('0', '-1', '1.5', '1e3', '1e309', 'NaN', '', 'abc', '100000', '999999999999'),
  nastyString,
)

const sortValue = fc.oneof(
  fieldPath,
  fieldPath.map((field) => `-${field}`),
  fc.array(fieldPath, { maxLength: 4 }).map((fields) => fields.join(',')),
)

/** A REST query string for Payload: where, sort, depth, limit, page, draft, select, populate. */
export const restQuery: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(
      fc.oneof({ weight: 5, arbitrary: whereCondition }, { weight: 1, arbitrary: deepWhere }),
      {
        maxLength: 3,
      },
    ),
    fc.option(sortValue, { nil: undefined }),
    fc.option(numberish, { nil: undefined }),
    fc.option(numberish, { nil: undefined }),
    fc.option(numberish, { nil: undefined }),
    fc.option(fc.oneof(fc.constantFrom('true', 'false'), nastyString), { nil: undefined }),
    fc.option(fc.tuple(fc.constantFrom('select', 'populate', 'joins'), fieldPath, value), {
      nil: undefined,
    }),
  )
  .map(([conditions, sort, depth, limit, page, draft, extra]) => {
    const pairs: [string, string][] = conditions.flat()
    if (sort !== undefined) pairs.push(['sort', sort])
    if (depth !== undefined) pairs.push(['depth', depth])
    if (limit !== undefined) pairs.push(['limit', limit])
    if (page !== undefined) pairs.push(['page', page])
    if (draft !== undefined) pairs.push(['draft', draft])
    if (extra) pairs.push([`${extra[0]}[${extra[1]}]`, extra[2]])
    return pairs.map(([key, given]) => `${encode(key)}=${encode(given)}`).join('&')
  })

/** Raw query strings a hand-made client might send: broken escapes, bare brackets, repeats. */
export const rawQuery: fc.Arbitrary<string> = fc.constantFrom(
  'where=%ZZ',
  'where[title][equals]=%E0%A4%A',
  'where=[object Object]',
  'where={"title":{"equals":"x"}}',
  'where[title]=x',
  'where[title][equals][equals]=x',
  'where[][]=x',
  'where[title][in]=',
  'where[publishedAt][greater_than]=not-a-date',
  'where[id][equals]=not-an-id',
  'where[id][in]=1,two,3',
  'where[authors][in][]=zz',
  'where[heroImage][equals]=-1',
  'depth=1&depth=2',
  'limit=10&limit=abc',
  'sort=&sort=-',
  '&&&=&=',
  'a'.repeat(8000),
)

/** Which collections the REST fuzz hits, and whether it also asks one document by id. */
export const restPath = fc.oneof(
  fc.constantFrom(
    '/api/articles',
    '/api/authors',
    '/api/media',
    '/api/users',
    '/api/articles/versions',
  ),
  fc
    .tuple(fc.constantFrom('/api/articles', '/api/authors', '/api/media'), nastyString)
    .map(([base, id]) => `${base}/${encode(id)}`),
)
