import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  PayloadRequest,
} from 'payload'

import { ARTICLES } from '@collections/slugs'
import type { Article } from '@/payload-types'
import type { WebhookEventType } from '@/webhooks/events'
import { queueWebhookEvent } from '@/webhooks/queueEvent'

import { WEBSITE_SECTION } from '../sections'

/** The published row as the public sees it, apart from the drafts saved over it. */
type PublicState = { isPublished: boolean; updatedAt: string | null; section: string | null }

const stateKey = (id: string | number) => `webhooks:publicState:${id}`

/** Set in a save's context by the corrections endpoint: its re-publish is a correction. */
export const ANNOUNCE_AS_CORRECTION = 'webhooks:announceAsCorrection'

async function readPublicState(req: PayloadRequest, id: string | number): Promise<PublicState> {
  const row = await req.payload.db.findOne<Article>({
    collection: ARTICLES,
    where: { id: { equals: id } },
    req,
  })
  return {
    isPublished: row?._status === 'published',
    updatedAt: row?.updatedAt ?? null,
    section: row?.section ?? null,
  }
}

/**
 * Remembers the story's published state before the save. The article row itself is what counts:
 * a draft saved over a published story leaves it untouched, so no event goes out for drafts.
 */
export const rememberPublicState: CollectionBeforeChangeHook<Article> = async ({
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'update' && originalDoc?.id) {
    req.context[stateKey(originalDoc.id)] = await readPublicState(req, originalDoc.id)
  }
}

function eventFor(before: PublicState | undefined, after: PublicState): WebhookEventType | null {
  const wasPublished = before?.isPublished ?? false
  if (after.isPublished && !wasPublished) return 'article.published'
  if (after.isPublished && before?.updatedAt !== after.updatedAt) return 'article.updated'
  if (!after.isPublished && wasPublished) return 'article.unpublished'
  return null
}

/**
 * Publishing, re-publishing and unpublishing a story of the website's section queue a webhook
 * event in the same transaction; partners are contacted later by the jobs queue.
 */
export const announceToWebhooks: CollectionAfterChangeHook<Article> = async ({ doc, req }) => {
  const before = req.context[stateKey(doc.id)] as PublicState | undefined
  const after = await readPublicState(req, doc.id)
  const change = eventFor(before, after)
  const type =
    change === 'article.updated' && req.context[ANNOUNCE_AS_CORRECTION] === true
      ? 'article.corrected'
      : change
  const wasOnSite = before?.section === WEBSITE_SECTION || after.section === WEBSITE_SECTION
  if (type && wasOnSite) {
    await queueWebhookEvent(req.payload, { type, article: { id: doc.id, slug: doc.slug } }, req)
  }
  return doc
}

/** Deleting a published story takes it off the site: partners hear `article.unpublished`. */
export const announceDeletedToWebhooks: CollectionAfterDeleteHook<Article> = async ({
  doc,
  req,
}) => {
  if (doc._status === 'published' && doc.section === WEBSITE_SECTION) {
    await queueWebhookEvent(
      req.payload,
      { type: 'article.unpublished', article: { id: doc.id, slug: doc.slug } },
      req,
    )
  }
  return doc
}
