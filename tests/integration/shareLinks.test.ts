import { randomBytes } from 'node:crypto'

import { afterAll, describe, expect, it } from 'vitest'

import { ARTICLES, SHARE_LINKS } from '@collections/slugs'
import type { Article, User } from '@/payload-types'
import { findSharedDraft } from '@/articles/sharing/sharedDraftReads'
import { hashShareToken } from '@/articles/sharing/shareToken'

import { setupNewsroom } from '../support/newsroom'
import { rest } from '../support/rest'

const { payload, fixtures, users } = await setupNewsroom({
  users: { editor: 'editor', contributor: 'contributor' },
})

const DAY_MS = 24 * 60 * 60 * 1000

afterAll(async () => {
  await payload.delete({ collection: SHARE_LINKS, where: { id: { exists: true } } })
})

const signIn = async (user: User) => {
  const { token } = await payload.login({
    collection: 'users',
    data: { email: user.email, password: 'correct-horse-battery' },
  })
  return { authorization: `JWT ${token}` }
}

type Issued = { id: string; path: string; expiresAt: string }

/** An editor's share link for the article, through the admin's own endpoint. */
async function issue(article: Article, user: User = users.editor): Promise<Issued> {
  const response = await rest('/api/shareLinks/issue', {
    method: 'POST',
    headers: await signIn(user),
    body: { article: article.id },
  })
  expect(response.status).toBe(201)
  return (await response.json()) as Issued
}

const tokenOf = (issued: Issued) => issued.path.replace('/next/share/', '')

/** A published story whose latest draft has a new headline the public has not seen. */
async function storyWithNewDraft() {
  const article = await fixtures.article()
  const draftTitle = `Draft headline ${randomBytes(4).toString('hex')}`
  await payload.update({
    collection: ARTICLES,
    id: article.id,
    data: { title: draftTitle },
    draft: true,
  })
  return { article, draftTitle }
}

describe('shared previews', () => {
  it('should open the latest draft of the shared story with no session at all', async () => {
    const { article, draftTitle } = await storyWithNewDraft()
    const shared = await findSharedDraft(tokenOf(await issue(article)))
    expect(shared?.article.id).toBe(article.id)
    expect(shared?.article.title).toBe(draftTitle)
  })

  it('should expire after 7 days', async () => {
    const { article } = await storyWithNewDraft()
    const issued = await issue(article)
    const expiresIn = new Date(issued.expiresAt).getTime() - Date.now()
    expect(expiresIn).toBeGreaterThan(7 * DAY_MS - 60_000)
    expect(expiresIn).toBeLessThanOrEqual(7 * DAY_MS)
    const justAfter = new Date(new Date(issued.expiresAt).getTime() + 1)
    expect(await findSharedDraft(tokenOf(issued), justAfter)).toBeNull()
  })

  it('should stop opening once an editor revokes it, and stay revoked', async () => {
    const { article } = await storyWithNewDraft()
    const issued = await issue(article)
    const headers = await signIn(users.editor)
    const revoke = await rest(`/api/shareLinks/${issued.id}`, {
      method: 'PATCH',
      headers,
      body: { revokedAt: new Date().toISOString() },
    })
    expect(revoke.status).toBe(200)
    expect(await findSharedDraft(tokenOf(issued))).toBeNull()

    await rest(`/api/shareLinks/${issued.id}`, {
      method: 'PATCH',
      headers,
      body: { revokedAt: null },
    })
    expect(await findSharedDraft(tokenOf(issued))).toBeNull()
  })

  it('should open only its own story, and nothing for a forged or malformed token', async () => {
    const { article } = await storyWithNewDraft()
    const { article: other } = await storyWithNewDraft()
    const shared = await findSharedDraft(tokenOf(await issue(article)))
    expect(shared?.article.id).toBe(article.id)
    expect(shared?.article.id).not.toBe(other.id)
    expect(await findSharedDraft(randomBytes(32).toString('base64url'))).toBeNull()
    expect(await findSharedDraft('not-a-token')).toBeNull()
    const genuine = tokenOf(await issue(article))
    const oneCharacterOff = `${genuine.slice(0, -1)}${genuine.endsWith('A') ? 'B' : 'A'}`
    expect(await findSharedDraft(oneCharacterOff)).toBeNull()
  })

  it('should store only the hash of the token and never answer it', async () => {
    const { article } = await storyWithNewDraft()
    const issued = await issue(article)
    const stored = await payload.findByID({ collection: SHARE_LINKS, id: issued.id })
    expect(stored.tokenHash).toBe(hashShareToken(tokenOf(issued)))
    expect(JSON.stringify(stored)).not.toContain(tokenOf(issued))

    const asEditor = await rest(`/api/shareLinks/${issued.id}`, {
      headers: await signIn(users.editor),
    })
    const body = (await asEditor.json()) as Record<string, unknown>
    expect(body.id).toBe(issued.id)
    expect(body).not.toHaveProperty('tokenHash')
  })

  it('should grant no REST access to the draft to someone holding the token', async () => {
    const { article, draftTitle } = await storyWithNewDraft()
    const token = tokenOf(await issue(article))
    const holders: Record<string, string>[] = [
      { authorization: `JWT ${token}` },
      { authorization: `Bearer ${token}` },
      { cookie: `payload-token=${token}` },
    ]
    for (const headers of holders) {
      const response = await rest(`/api/articles/${article.id}?draft=true`, { headers })
      expect(await response.text()).not.toContain(draftTitle)
    }
  })

  it('should let neither an anonymous caller nor a contributor make a share link', async () => {
    const { article } = await storyWithNewDraft()
    const anonymous = await rest('/api/shareLinks/issue', {
      method: 'POST',
      body: { article: article.id },
    })
    expect(anonymous.status).toBe(403)
    const contributor = await rest('/api/shareLinks/issue', {
      method: 'POST',
      headers: await signIn(users.contributor),
      body: { article: article.id },
    })
    expect(contributor.status).toBe(403)
  })

  it('should not let an anonymous caller or a contributor list, read or create share links', async () => {
    const { article } = await storyWithNewDraft()
    const issued = await issue(article)
    for (const headers of [{}, await signIn(users.contributor)]) {
      const list = await rest('/api/shareLinks', { headers })
      const listed = list.ok ? ((await list.json()) as { docs: unknown[] }).docs : []
      expect(listed).toEqual([])
      expect((await rest(`/api/shareLinks/${issued.id}`, { headers })).ok).toBe(false)
      const forged = await rest('/api/shareLinks', {
        method: 'POST',
        headers,
        body: { tokenHash: hashShareToken('chosen'), article: article.id, expiresAt: '2099-01-01' },
      })
      expect(forged.ok).toBe(false)
    }
  })
})
