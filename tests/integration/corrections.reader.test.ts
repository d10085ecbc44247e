import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import type { Article, User } from '@/payload-types'
import { findSectionArticle } from '@/articles/reads/articles'
import { ArticleNotes } from '@/site/components/ArticleNotes'
import { sectionFeed } from '@/site/feed/sectionFeed'
import { newsArticleJsonLd } from '@/site/seo/jsonLd'

import { setupNewsroom } from '../support/newsroom'
import { rest } from '../support/rest'

const { payload, fixtures, users } = await setupNewsroom({ users: { editor: 'editor' } })

const tokenOf = async (user: User) =>
  (
    await payload.login({
      collection: 'users',
      data: { email: user.email, password: 'correct-horse-battery' },
    })
  ).token ?? ''
const token = await tokenOf(users.editor)

async function withNote(kind: 'correction' | 'update', text: string): Promise<Article> {
  const article = await fixtures.article()
  const response = await rest(`/api/articles/${article.id}/notes`, {
    method: 'POST',
    headers: { authorization: `JWT ${token}` },
    body: { kind, text },
  })
  expect(response.status).toBe(201)
  const read = await findSectionArticle(article.slug)
  if (!read) throw new Error('the published story is not readable')
  return read
}

describe("a corrected story, as readers' doors show it", () => {
  it('should reach the page read without who added the note', async () => {
    const article = await withNote('correction', 'The unit was the 47th Brigade.')
    expect(article.corrections?.[0]?.text).toBe('The unit was the 47th Brigade.')
    expect(article.corrections?.[0]).not.toHaveProperty('addedBy')
  })

  it('should show "Correction, <time>: text" at the foot, escaped as plain text', async () => {
    const article = await withNote('correction', 'Range is 5 < 10 km & not "50".')
    const html = renderToStaticMarkup(createElement(ArticleNotes, { notes: article.corrections }))
    expect(html.replace(/<[^>]+>/g, '')).toMatch(
      /^Corrections and updatesCorrection, \d{1,2} \w{3} \d{4}, \d{2}:\d{2}: Range is 5 &lt; 10 km/,
    )
    expect(html).toContain('Range is 5 &lt; 10 km &amp; not &quot;50&quot;.')
  })

  it('should give JSON-LD dateModified and a CorrectionComment', async () => {
    const article = await withNote('correction', 'An earlier version gave the wrong date.')
    const jsonLd = newsArticleJsonLd(article)
    expect(jsonLd.dateModified).toBe(article.revisedAt)
    expect(jsonLd.correction).toEqual([
      {
        '@type': 'CorrectionComment',
        text: 'An earlier version gave the wrong date.',
        datePublished: article.corrections?.[0]?.at,
      },
    ])
  })

  it('should not call an update a correction in JSON-LD, and still move dateModified', async () => {
    const article = await withNote('update', 'Adds the ministry’s statement.')
    const jsonLd = newsArticleJsonLd(article)
    expect(jsonLd.correction).toBeUndefined()
    expect(jsonLd.dateModified).toBe(article.revisedAt)
  })

  it('should date JSON-LD dateModified at the publish for a story never revised', async () => {
    const article = await fixtures.article()
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { title: `${article.title}, typo fixed`, _status: 'published' },
    })
    const read = await findSectionArticle(article.slug)
    expect(read && newsArticleJsonLd(read).dateModified).toBe(article.publishedAt)
  })

  it("should move the feed item's date to the note's time", async () => {
    const article = await withNote('update', 'Adds casualty figures.')
    const xml = sectionFeed([article])
    const pubDate = new Date(article.revisedAt ?? '').toUTCString()
    expect(xml).toContain(`<pubDate>${pubDate}</pubDate>`)
  })
})
