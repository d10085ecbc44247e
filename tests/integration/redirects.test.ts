import config from '@payload-config'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { describe, expect, it } from 'vitest'

import { ARTICLES, AUTHORS, REDIRECTS } from '@collections/slugs'
import { movedTo } from '@/articles/redirects/movedTo'

import { apiFetch } from '../support/contentApi'
import { setupNewsroom } from '../support/newsroom'
import { ORIGIN, rest } from '../support/rest'

const { payload, fixtures, users } = await setupNewsroom({ users: { editor: 'editor' } })

const rename = (id: string, slug: string, draft = false) =>
  payload.update({
    collection: ARTICLES,
    id,
    data: draft ? { slug } : { slug, _status: 'published' },
    draft,
  })

const custom = (from: string, url: string) =>
  payload.create({ collection: REDIRECTS, data: { from, to: { type: 'custom', url } } })

describe('old addresses of stories and authors', () => {
  it("should send a published story's old address to its new one", async () => {
    const article = await fixtures.article()
    await rename(article.id, `${article.slug}-renamed`)
    expect(await movedTo(`/military/${article.slug}`)).toBe(`/military/${article.slug}-renamed`)
  })

  it('should collapse a chain of renames: A→B then B→C sends A to C', async () => {
    const article = await fixtures.article()
    const [a, b, c] = [article.slug, `${article.slug}-b`, `${article.slug}-c`]
    await rename(article.id, b)
    await rename(article.id, c)
    expect(await movedTo(`/military/${a}`)).toBe(`/military/${c}`)
    expect(await movedTo(`/military/${b}`)).toBe(`/military/${c}`)
  })

  it('should drop the redirect when a story takes its old slug back', async () => {
    const article = await fixtures.article()
    await rename(article.id, `${article.slug}-x`)
    await rename(article.id, article.slug)
    expect(await movedTo(`/military/${article.slug}`)).toBeNull()
    expect(await movedTo(`/military/${article.slug}-x`)).toBe(`/military/${article.slug}`)
  })

  it('should not redirect for a slug changed only in a draft', async () => {
    const article = await fixtures.article()
    await rename(article.id, `${article.slug}-draft`, true)
    expect(await movedTo(`/military/${article.slug}`)).toBeNull()
  })

  it('should never send readers to a story that is no longer published', async () => {
    const article = await fixtures.article()
    await rename(article.id, `${article.slug}-gone`)
    await payload.update({ collection: ARTICLES, id: article.id, data: { _status: 'draft' } })
    expect(await movedTo(`/military/${article.slug}`)).toBeNull()
  })

  it("should send an author's old profile address to the new one", async () => {
    const author = await fixtures.author()
    await payload.update({
      collection: AUTHORS,
      id: author.id,
      data: { slug: `${author.slug}-new` },
    })
    expect(await movedTo(`/authors/${author.slug}`)).toBe(`/authors/${author.slug}-new`)
  })

  it('should answer 301 from the content API for a renamed story and author', async () => {
    const article = await fixtures.article()
    await rename(article.id, `${article.slug}-api`)
    const response = await apiFetch(`/api/v1/military/articles/${article.slug}`)
    expect(response.status).toBe(301)
    expect(response.headers.get('location')).toBe(`/api/v1/military/articles/${article.slug}-api`)
    const author = await fixtures.author()
    await payload.update({
      collection: AUTHORS,
      id: author.id,
      data: { slug: `${author.slug}-api` },
    })
    const moved = await apiFetch(`/api/v1/authors/${author.slug}`)
    expect(moved.status).toBe(301)
    expect(moved.headers.get('location')).toBe(`/api/v1/authors/${author.slug}-api`)
  })
})

describe('redirects made by hand', () => {
  it('should refuse a redirect off the site', async () => {
    for (const url of [
      'https://evil.example/',
      '//evil.example',
      '/%2F%2Fevil.example',
      'javascript:alert(1)',
    ]) {
      await expect(custom(`/old-${Math.random()}`, url)).rejects.toMatchObject({
        data: { errors: [{ message: expect.stringMatching(/this site/) }] },
      })
    }
  })

  it('should refuse a redirect that leads back to itself in another spelling (red team: loops)', async () => {
    for (const [from, url] of [
      ['/military/loop-a', '/military/loop-a?x=1'],
      ['/military/loop-b', '/military/loop-b/'],
      ['/military/loop-c', '/military/loop-c#top'],
      ['/military/loop-e', '/military/loop-%65'],
    ] as const) {
      await expect(custom(from, url), url).rejects.toMatchObject({
        data: { errors: [{ message: expect.stringMatching(/itself/) }] },
      })
    }
  })

  it('should answer a redirect with no source or target with a 400 (red team: 500)', async () => {
    const editor = await rest('/api/users/login', {
      method: 'POST',
      body: { email: users.editor.email, password: 'correct-horse-battery' },
    })
    const { token } = (await editor.json()) as { token: string }
    const headers = { Authorization: `JWT ${token}` }
    for (const body of [
      { from: null, to: null },
      { from: '/military/z2', to: null },
    ]) {
      const answer = await rest('/api/redirects', { method: 'POST', headers, body })
      expect(answer.status, JSON.stringify(body)).toBe(400)
    }
  })

  it('should refuse a redirect to an unpublished story', async () => {
    const draft = await fixtures.article({ _status: 'draft' })
    await expect(
      payload.create({
        collection: REDIRECTS,
        data: {
          from: '/military/never',
          to: { type: 'reference', reference: { relationTo: ARTICLES, value: draft.id } },
        },
      }),
    ).rejects.toMatchObject({
      data: { errors: [{ message: expect.stringMatching(/published story/) }] },
    })
  })

  it('should collapse hand-made chains both ways', async () => {
    const article = await fixtures.article()
    const suffix = Math.random().toString(36).slice(2, 8)
    const b = `/military/b-${suffix}`
    const first = await custom(`/old/a-${suffix}`, b)
    // B→story after A→B: A now leads to the story too.
    await payload.create({
      collection: REDIRECTS,
      data: {
        from: b,
        to: { type: 'reference', reference: { relationTo: ARTICLES, value: article.id } },
      },
    })
    expect(await movedTo(first.from)).toBe(`/military/${article.slug}`)
    // C→A stores C→(A's target) at once.
    const third = await custom(`/old/c-${suffix}`, `/old/a-${suffix}`)
    expect(third.to?.type).toBe('reference')
    expect(await movedTo(third.from)).toBe(`/military/${article.slug}`)
    for (const id of [first.id, third.id]) await payload.delete({ collection: REDIRECTS, id })
    await payload.delete({ collection: REDIRECTS, where: { from: { equals: b } } })
  })

  it('should keep the list of redirects from anonymous REST and GraphQL callers', async () => {
    const article = await fixtures.article()
    await rename(article.id, `${article.slug}-private`)
    const anonymous = await rest('/api/redirects')
    expect(anonymous.status).not.toBe(200)
    expect(await anonymous.text()).not.toContain(article.slug)
    const graphql = await GRAPHQL_POST(config)(
      new Request(`${ORIGIN}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ Redirects { docs { from } } }' }),
      }),
    )
    expect(await graphql.text()).not.toContain(article.slug)
    const { token } = await payload.login({
      collection: 'users',
      data: { email: users.editor.email, password: 'correct-horse-battery' },
    })
    const signedIn = await rest('/api/redirects?limit=100&sort=-createdAt', {
      headers: { authorization: `JWT ${token}` },
    })
    expect(signedIn.status).toBe(200)
    expect(await signedIn.text()).toContain(`/military/${article.slug}`)
  })
})
