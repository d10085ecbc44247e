import type { CollectionAfterChangeHook } from 'payload'

import type { Article } from '@/payload-types'
import { ARTICLES } from '@collections/slugs'

type Draft = Pick<Article, 'title' | 'excerpt' | 'heroImage' | 'body' | 'tags' | 'authors'>

/** Nothing anyone typed or chose: what the admin's "Create New" stores before the first key. */
export const isBlankDraft = (draft: Draft): boolean =>
  !draft.title &&
  !draft.excerpt &&
  !draft.heroImage &&
  !draft.body?.root?.children?.length &&
  !draft.tags?.length &&
  !draft.authors?.length

/**
 * With autosave on, Payload's admin creates the draft the moment "Create New" opens (the document
 * view calls `payload.create` before anything is typed), so each "Create New" that is left,
 * reloaded or opened twice leaves a "No Title" draft behind. When someone starts a new story, the
 * blank drafts they opened before go. A draft with anything in it stays, and nobody else's are
 * touched.
 */
export const removeUntouchedBlankDrafts: CollectionAfterChangeHook<Article> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create' || !req.user || !isBlankDraft(doc)) return doc
  const { docs } = await req.payload.find({
    collection: ARTICLES,
    // Draft saves go to the versions only: read the latest draft, not the stored document.
    draft: true,
    where: {
      and: [
        { createdBy: { equals: req.user.id } },
        { title: { exists: false } },
        { _status: { equals: 'draft' } },
        { id: { not_equals: doc.id } },
      ],
    },
    select: { title: true, excerpt: true, heroImage: true, body: true, tags: true, authors: true },
    depth: 0,
    limit: 100,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const blanks = docs.filter(isBlankDraft)
  if (blanks.length === 0) return doc
  // A never-published draft is on no page, so its deletion clears no cache; and this runs while
  // the admin renders its create view, where Next.js refuses revalidateTag.
  const revalidating = req.context.disableRevalidate
  req.context.disableRevalidate = true
  try {
    for (const blank of blanks) {
      await req.payload.delete({ collection: ARTICLES, id: blank.id, overrideAccess: true, req })
    }
  } finally {
    req.context.disableRevalidate = revalidating
  }
  return doc
}
