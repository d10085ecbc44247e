import type { RequiredDataFromCollectionSlug } from 'payload'
import { describe, expect, it } from 'vitest'

import { ARTICLES, LIVE_ENTRIES, SHARE_LINKS } from '@collections/slugs'
import { lexicalBody, paragraph, text } from '@/articles/body/lexicalBuilders'
import { hashShareToken, newShareToken } from '@/articles/sharing/shareToken'
import { findSharedDraft } from '@/articles/sharing/sharedDraftReads'

import { setupNewsroom } from '../support/newsroom'

const { payload, fixtures, users } = await setupNewsroom({ users: { editor: 'editor' } })

describe('deleting a story (red team: 500 while a share link or a live entry pointed at it)', () => {
  it('should delete a story with a share link and live entries, and leave neither behind', async () => {
    const article = await fixtures.article({ liveStatus: 'open' })
    const token = newShareToken()
    await payload.create({
      collection: SHARE_LINKS,
      data: {
        tokenHash: hashShareToken(token),
        article: article.id,
        createdBy: users.editor.id,
        expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      } as RequiredDataFromCollectionSlug<typeof SHARE_LINKS>,
    })
    await payload.create({
      collection: LIVE_ENTRIES,
      data: {
        article: article.id,
        status: 'published',
        time: new Date().toISOString(),
        body: lexicalBody(paragraph(text('Sirens in the port.'))),
      } as RequiredDataFromCollectionSlug<typeof LIVE_ENTRIES>,
    })

    await payload.delete({ collection: ARTICLES, id: article.id })

    const where = { article: { equals: article.id } }
    expect((await payload.count({ collection: SHARE_LINKS, where })).totalDocs).toBe(0)
    expect((await payload.count({ collection: LIVE_ENTRIES, where })).totalDocs).toBe(0)
    expect(await findSharedDraft(token)).toBeNull()
  })
})
