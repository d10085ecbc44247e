import type { FieldRule, MatrixRole, PrivateField } from './accessRules'
import { payloadApiFields, publicFields } from './accessRules'
import type { Caller } from './matrixDoors'
import { text } from './matrixDoors'
import type { MatrixFixtures } from './matrixFixtures'

/** The doors of the access matrix through which private fields could leave. */

/** A door and a private field: whether it came through. */
export type FieldDoor = {
  name: string
  rule: FieldRule
  read: (caller: Caller) => Promise<Record<PrivateField, boolean>>
}

export function fieldDoors(fixtures: MatrixFixtures): FieldDoor[] {
  const emailsIn = (body: string) => ({
    'author email': body.includes(fixtures.author.email),
    'admin email': body.includes(fixtures.emails.admin),
    'editor email': body.includes(fixtures.emails.editor),
    'contributor email': body.includes(fixtures.emails.contributor),
  })
  const articleFields = (body: string) => {
    const doc = JSON.parse(body) as Record<string, unknown>
    return {
      ...emailsIn(body),
      'article createdBy': doc.createdBy !== undefined && doc.createdBy !== null,
      'article searchText': 'searchText' in doc,
    }
  }
  const { published } = fixtures.articles
  const none = { 'article createdBy': false, 'article searchText': false }
  const graphqlFields = async (caller: Caller) => {
    const response = await caller.api.post('/api/graphql', {
      data: {
        query: `query ($slug: String, $name: String) {
          Articles(where: { slug: { equals: $slug } }) { docs { searchText createdBy { email } } }
          Authors(where: { slug: { equals: $name } }) { docs { email } }
          Users(limit: 100) { docs { email } }
        }`,
        variables: { slug: published.slug, name: fixtures.author.slug },
      },
    })
    const body = await response.text()
    const data = (JSON.parse(body) as { data?: { Articles?: { docs?: object[] } } }).data
    const article = data?.Articles?.docs?.[0] as Record<string, unknown> | undefined
    return {
      ...emailsIn(body),
      'article createdBy': Boolean(article?.createdBy),
      'article searchText': Boolean(article?.searchText),
    }
  }
  return [
    ...[0, 1, 2].map((depth) => ({
      name: `REST article by id, depth ${depth}`,
      // Authors are populated without their emails; the createdBy account, with its own read
      // rules, from depth 1.
      rule: (role: MatrixRole, field: PrivateField) =>
        field === 'article createdBy' ||
        field === 'article searchText' ||
        (field === 'admin email' && depth > 0)
          ? payloadApiFields(role, field)
          : false,
      read: async ({ api }: Caller) =>
        articleFields(await text(await api.get(`/api/articles/${published.id}?depth=${depth}`))),
    })),
    {
      name: 'REST author by id',
      rule: (role, field) => field === 'author email' && payloadApiFields(role, field),
      read: async ({ api }) => ({
        ...emailsIn(await text(await api.get(`/api/authors/${fixtures.author.id}`))),
        ...none,
      }),
    },
    {
      name: 'REST users list',
      rule: (role, field) =>
        field.endsWith('email') && field !== 'author email' && payloadApiFields(role, field),
      read: async ({ api }) => ({
        ...emailsIn(await text(await api.get('/api/users?limit=100&depth=0'))),
        ...none,
      }),
    },
    {
      name: 'GraphQL articles, authors and users',
      // GraphQL resolves createdBy to the account itself, which only admins (and its owner) read.
      rule: (role, field) =>
        field === 'article createdBy' ? role === 'admin' : payloadApiFields(role, field),
      read: graphqlFields,
    },
    {
      name: '/api/v1 article and author',
      rule: publicFields,
      read: async ({ api }) => {
        const article = await text(await api.get(`/api/v1/military/articles/${published.slug}`))
        const author = await text(await api.get(`/api/v1/authors/${fixtures.author.slug}`))
        return {
          ...emailsIn(article + author),
          'article createdBy': article.includes('createdBy'),
          'article searchText': article.includes('searchText'),
        }
      },
    },
    {
      name: 'site article and author pages',
      rule: publicFields,
      read: async ({ api }) => {
        const pages = await Promise.all(
          [`/military/${published.slug}`, `/authors/${fixtures.author.slug}`].map(async (route) =>
            text(await api.get(route)),
          ),
        )
        return { ...emailsIn(pages.join('\n')), ...none }
      },
    },
  ]
}
