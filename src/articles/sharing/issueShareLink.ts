import type { PayloadHandler } from 'payload'

import { ARTICLES, SHARE_LINKS } from '@collections/slugs'
import { canPublish } from '@/people/roles'

import { SHARE_LINK_DAYS, hashShareToken, newShareToken, sharePath } from './shareToken'

const DAY_MS = 24 * 60 * 60 * 1000

const refuse = (status: number, code: string, message: string) =>
  Response.json({ error: { code, message } }, { status })

/**
 * `POST /api/shareLinks/issue` with `{ article }`: an editor's new share link for that story.
 * The token is made here and answered once; only its hash is stored, so it can never be shown
 * again (a lost link is revoked and issued anew).
 */
export const issueShareLink: PayloadHandler = async (req) => {
  if (!req.user || !canPublish(req.user)) {
    return refuse(403, 'forbidden', 'Only editors may share drafts outside the newsroom.')
  }
  const body = (await req.json?.().catch(() => null)) as { article?: unknown } | null
  const articleId = body?.article
  if (typeof articleId !== 'string' && typeof articleId !== 'number') {
    return refuse(400, 'invalid_request', 'Name the article to share: { "article": id }.')
  }
  // With the editor's own access: a link is only ever made for a story they can open.
  const article = await req.payload
    .findByID({
      collection: ARTICLES,
      id: articleId,
      draft: true,
      depth: 0,
      req,
      overrideAccess: false,
    })
    .catch(() => null)
  if (!article) return refuse(404, 'not_found', 'No such article.')

  const token = newShareToken()
  const link = await req.payload.create({
    collection: SHARE_LINKS,
    data: {
      tokenHash: hashShareToken(token),
      article: article.id,
      createdBy: req.user.id,
      expiresAt: new Date(Date.now() + SHARE_LINK_DAYS * DAY_MS).toISOString(),
    },
    req,
    // Creation happens only here (the collection refuses it elsewhere); the editor was checked.
    overrideAccess: true,
  })
  return Response.json(
    { id: link.id, path: sharePath(token), expiresAt: link.expiresAt },
    { status: 201, headers: { 'cache-control': 'no-store' } },
  )
}
