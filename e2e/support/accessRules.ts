/**
 * Who may see what, written down once from the access rules (src/people/access and each
 * collection's own access folder) and DESIGN.md: the expected side of the
 * access matrix. The spec measures the actual side over HTTP and compares the whole table.
 */
export const ROLES = ['anonymous', 'contributor', 'editor', 'admin'] as const
export type MatrixRole = (typeof ROLES)[number]

/**
 * published: a published Military story; draft: never published; revision: the text of a newer
 * draft of a published story; scheduled: published with a publication time still to come;
 * otherSection: a published story of another desk.
 */
export const KINDS = ['published', 'draft', 'revision', 'scheduled', 'otherSection'] as const
export type ContentKind = (typeof KINDS)[number]

export type Rule = (role: MatrixRole, kind: ContentKind) => boolean

const isSignedIn = (role: MatrixRole) => role !== 'anonymous'

/**
 * Payload's REST and GraphQL (publishedOrSignedIn): every desk for the newsroom; for anonymous
 * callers, published, due and Military only, as on the site.
 */
export const payloadApi =
  ({ draft }: { draft: boolean }): Rule =>
  (role, kind) => {
    if (isSignedIn(role)) return draft || kind !== 'revision'
    return kind === 'published'
  }

/** Versions (readVersions: signedIn): the newsroom sees every revision, anonymous callers none. */
export const versionsApi: Rule = (role) => isSignedIn(role)

/** The site, the feed, the sitemaps, search and the content API: published, due, Military only. */
export const publicSite: Rule = (_role, kind) => kind === 'published'

/** Draft mode through a valid preview link: the newsroom sees the latest draft of anything. */
export const previewLink: Rule = (role, kind) => isSignedIn(role) || kind === 'published'

/** Private fields, each named by whose it is. */
export const PRIVATE_FIELDS = [
  'author email',
  'admin email',
  'editor email',
  'contributor email',
  'article createdBy',
  'article searchText',
] as const
export type PrivateField = (typeof PRIVATE_FIELDS)[number]

export type FieldRule = (role: MatrixRole, field: PrivateField) => boolean

/** Payload's REST and GraphQL: author emails for the newsroom, a user's email for admins and self. */
export const payloadApiFields: FieldRule = (role, field) => {
  switch (field) {
    case 'author email':
    case 'article createdBy':
      return isSignedIn(role)
    case 'admin email':
      return role === 'admin'
    case 'editor email':
      return role === 'admin' || role === 'editor'
    case 'contributor email':
      return role === 'admin' || role === 'contributor'
    case 'article searchText':
      return false
  }
}

/** Nothing private ever reaches the site or the content API. */
export const publicFields: FieldRule = () => false

export type Table = Record<string, Record<string, 'yes' | 'no'>>

/** Rows of `door`, columns `role / kind`. */
export function expectedTable<Column extends string>(
  doors: { name: string; rule: (role: MatrixRole, column: Column) => boolean }[],
  columns: readonly Column[],
): Table {
  return Object.fromEntries(
    doors.map((door) => [
      door.name,
      Object.fromEntries(
        ROLES.flatMap((role) =>
          columns.map((column) => [`${role} / ${column}`, door.rule(role, column) ? 'yes' : 'no']),
        ),
      ),
    ]),
  )
}

/** The table as Markdown, one row per door, for people reading test-results/. */
export function markdownTable(title: string, table: Table): string {
  const columns = Object.keys(Object.values(table)[0] ?? {})
  const lines = [
    `## ${title}`,
    '',
    `| door | ${columns.join(' | ')} |`,
    `| --- | ${columns.map(() => '---').join(' | ')} |`,
    ...Object.entries(table).map(
      ([door, cells]) => `| ${door} | ${columns.map((column) => cells[column]).join(' | ')} |`,
    ),
  ]
  return lines.join('\n')
}
