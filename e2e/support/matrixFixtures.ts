import type { APIRequestContext } from '@playwright/test'
import { expect } from '@playwright/test'

import type { ContentKind, MatrixRole } from './accessRules'
import { KINDS } from './accessRules'
import { simpleBody } from './content'
import { pngFile } from './files'

export type MatrixArticle = { id: string; slug: string; marker: string }

/** What the access matrix reads: one article of each kind, by one author, plus the newsroom. */
export type MatrixFixtures = {
  stamp: string
  articles: Record<ContentKind, MatrixArticle>
  author: { id: string; slug: string; email: string }
  emails: Record<Exclude<MatrixRole, 'anonymous'>, string>
  accounts: Record<'contributor' | 'editor', { id: string; email: string; password: string }>
  imageId: string
}

const DAY = 24 * 60 * 60 * 1000

/** Arranges the fixtures through the REST API as the seeded admin (`admin` carries its token). */
export async function createMatrixFixtures(
  admin: APIRequestContext,
  adminEmail: string,
): Promise<MatrixFixtures> {
  // Lowercase letters and digits only, so each marker survives in slugs and search alike.
  const stamp = `mx${Date.now().toString(36)}`
  const created = async (path: string, data: object) => {
    const response = await admin.post(path, { data })
    expect(response.status(), `${path}: ${await response.text()}`).toBe(201)
    return (await response.json()).doc
  }

  const accounts = {
    contributor: { email: `${stamp}-contributor@dispatch.test`, password: `${stamp}-c-password` },
    editor: { email: `${stamp}-editor@dispatch.test`, password: `${stamp}-e-password` },
  }
  const [contributor, editor, author, image] = await Promise.all([
    created('/api/users', { ...accounts.contributor, name: 'Matrix C', roles: ['contributor'] }),
    created('/api/users', { ...accounts.editor, name: 'Matrix E', roles: ['editor'] }),
    created('/api/authors', {
      name: `Matrix Reporter ${stamp}`,
      role: 'Defence Correspondent',
      email: `${stamp}-author@dispatch.test`,
    }),
    (async () => {
      const response = await admin.post('/api/media', {
        multipart: {
          file: await pngFile(`${stamp}.png`),
          _payload: JSON.stringify({ alt: `Matrix picture ${stamp}`, credit: 'Al Jazeera' }),
        },
      })
      expect(response.status()).toBe(201)
      return (await response.json()).doc
    })(),
  ])

  const story = async (kind: ContentKind, fields: object, draft = false) => {
    const marker = `${kind.toLowerCase()}${stamp}`
    const doc = await created(`/api/articles${draft ? '?draft=true' : ''}`, {
      title: `Matrix ${stamp} ${marker}`,
      excerpt: 'A story made by the access matrix.',
      section: 'military',
      heroImage: image.id,
      authors: [author.id],
      body: simpleBody('What happened', `The access matrix wrote this ${stamp}.`),
      _status: 'published',
      ...fields,
    })
    return { id: String(doc.id), slug: doc.slug as string, marker }
  }

  const published = await story('published', {})
  const draft = await story('draft', { _status: 'draft' }, true)
  const scheduled = await story('scheduled', {
    publishedAt: new Date(Date.now() + 30 * DAY).toISOString(),
  })
  const otherSection = await story('otherSection', { section: 'politics' })
  // Published first, then a newer draft whose text is the marker that must not leak.
  const revised = await story('revision', {})
  const revisionMarker = `rewrite${stamp}`
  const update = await admin.patch(`/api/articles/${revised.id}?draft=true`, {
    data: { title: `Matrix ${stamp} ${revisionMarker}`, _status: 'draft' },
  })
  expect(update.status()).toBe(200)

  const articles = {
    published,
    draft,
    scheduled,
    otherSection,
    revision: { ...revised, marker: revisionMarker },
  }
  expect(Object.keys(articles).sort()).toEqual([...KINDS].sort())
  return {
    stamp,
    articles,
    author: { id: String(author.id), slug: author.slug, email: author.email },
    emails: { admin: adminEmail, editor: editor.email, contributor: contributor.email },
    accounts: {
      contributor: { id: String(contributor.id), ...accounts.contributor },
      editor: { id: String(editor.id), ...accounts.editor },
    },
    imageId: String(image.id),
  }
}

/** Removes everything the fixtures made, articles first (media in use cannot be deleted). */
export async function removeMatrixFixtures(admin: APIRequestContext, fixtures: MatrixFixtures) {
  const paths = [
    ...Object.values(fixtures.articles).map((article) => `/api/articles/${article.id}`),
    `/api/authors/${fixtures.author.id}`,
    `/api/media/${fixtures.imageId}`,
    `/api/users/${fixtures.accounts.contributor.id}`,
    `/api/users/${fixtures.accounts.editor.id}`,
  ]
  for (const path of paths) {
    const response = await admin.delete(path)
    expect(response.status(), path).toBe(200)
  }
}
