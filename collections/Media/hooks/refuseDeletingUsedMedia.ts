import type { CollectionBeforeDeleteHook, Where } from 'payload'
import { APIError } from 'payload'

import { ARTICLES } from '@collections/slugs'

const SHOWN = 5

/**
 * A picture that an article shows (as its hero or its search/social image, published or in the
 * latest draft) cannot be deleted: the article would silently lose it. The refusal names them.
 */
export const refuseDeletingUsedMedia: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const usesImage: Where = {
    or: [{ heroImage: { equals: id } }, { 'meta.image': { equals: id } }],
  }
  const lookup = (draft: boolean) =>
    req.payload.find({
      collection: ARTICLES,
      where: usesImage,
      draft,
      depth: 0,
      limit: 50,
      pagination: false,
      select: { title: true },
      overrideAccess: true,
      req,
    })
  const [published, drafts] = await Promise.all([lookup(false), lookup(true)])
  const titles = new Map<string, string>()
  for (const doc of [...published.docs, ...drafts.docs]) titles.set(String(doc.id), doc.title)
  if (titles.size === 0) return

  const names = [...titles.values()].slice(0, SHOWN).map((title) => `"${title}"`)
  const more = titles.size > SHOWN ? ` and ${titles.size - SHOWN} more` : ''
  throw new APIError(
    `This image is used by ${titles.size === 1 ? '1 article' : `${titles.size} articles`}: ${names.join(', ')}${more}. Choose another picture for ${titles.size === 1 ? 'it' : 'them'} before deleting this one.`,
    409,
    { articles: [...titles.keys()] },
    true,
  )
}
