import { describe, expect, it } from 'vitest'

import { ARTICLES } from '@collections/slugs'
import { env } from '@/platform/env'

import { setupNewsroom } from '../support/newsroom'
import { rest } from '../support/rest'

const { payload, fixtures, users } = await setupNewsroom({ users: { editor: 'editor' } })
const { editor } = users

const MISSING_ID =
  env.database.kind === 'mongodb'
    ? '0123456789abcdef01234567'
    : '00000000-0000-4000-8000-000000000000'

describe(`a save that fails half-way (${env.database.kind})`, () => {
  it('should refuse an edit naming an author that does not exist and change nothing', async () => {
    const article = await fixtures.article()
    const login = await payload.login({
      collection: 'users',
      data: { email: editor.email, password: 'correct-horse-battery' },
    })
    const authorId =
      typeof article.authors[0] === 'object' ? article.authors[0].id : article.authors[0]
    const response = await rest(`/api/${ARTICLES}/${article.id}`, {
      method: 'PATCH',
      headers: { authorization: `JWT ${login.token}` },
      body: { title: 'Half-saved title', authors: [authorId, MISSING_ID] },
    })
    const stored = await payload.findByID({ collection: ARTICLES, id: article.id, depth: 0 })
    expect(stored.title).toBe(article.title)
    expect(stored.authors).toEqual([authorId])
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
  })
})
