import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import type { ARTICLES } from '../../slugs'
import { AUTHORS, REDIRECTS } from '../../slugs'

type Moving = typeof ARTICLES | typeof AUTHORS

const CONTEXT_KEY = 'liveSlugBefore'

const remembered = (req: PayloadRequest): Record<string, string> => {
  const context = req.context as Record<string, unknown>
  context[CONTEXT_KEY] ??= {}
  return context[CONTEXT_KEY] as Record<string, string>
}

/** The slug readers reach the document at now: for a story, its published version's. */
async function liveSlug(
  collection: Moving,
  id: number | string,
  req: PayloadRequest,
): Promise<string | null> {
  if (collection === AUTHORS) {
    const author = await req.payload.findByID({
      collection,
      id,
      depth: 0,
      select: { slug: true },
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    return author?.slug ?? null
  }
  const article = await req.payload.findByID({
    collection,
    id,
    draft: false,
    depth: 0,
    select: { slug: true, _status: true },
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  return article?._status === 'published' ? article.slug : null
}

/**
 * When a live story's or author's slug changes, the old address answers 301 to the new one: a
 * redirect to the document itself (so later renames need no chain), and none from the new
 * address (a slug given back to the story it once had).
 */
export function redirectOldSlug(collection: Moving, pathOf: (slug: string) => string) {
  const rememberLiveSlug: CollectionBeforeChangeHook = async ({
    data,
    operation,
    originalDoc,
    req,
  }) => {
    if (operation === 'update' && originalDoc?.id !== undefined) {
      const slug = await liveSlug(collection, originalDoc.id, req)
      if (slug) remembered(req)[`${collection}:${originalDoc.id}`] = slug
    }
    return data
  }

  const redirectFromOldSlug: CollectionAfterChangeHook = async ({ doc, req }) => {
    const key = `${collection}:${doc.id}`
    const before = remembered(req)[key]
    delete remembered(req)[key]
    const isLive = collection === AUTHORS || doc._status === 'published'
    if (!before || !isLive || typeof doc.slug !== 'string' || before === doc.slug) return doc

    const from = pathOf(before)
    const common = { collection: REDIRECTS, depth: 0, overrideAccess: true, req } as const
    await req.payload.delete({ ...common, where: { from: { equals: pathOf(doc.slug) } } })
    const to = { type: 'reference' as const, reference: { relationTo: collection, value: doc.id } }
    const { docs } = await req.payload.find({
      ...common,
      where: { from: { equals: from } },
      limit: 1,
    })
    if (docs[0]) await req.payload.update({ ...common, id: docs[0].id, data: { to } })
    else await req.payload.create({ ...common, data: { from, to } })
    return doc
  }

  return { rememberLiveSlug, redirectFromOldSlug }
}
