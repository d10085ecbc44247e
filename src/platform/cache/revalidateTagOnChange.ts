import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidateTags } from '@/platform/cache/revalidate'

/** For collections shown inside articles (authors, media): any change refreshes what shows them. */
export const revalidateTagOnChange =
  (tag: string): CollectionAfterChangeHook & CollectionAfterDeleteHook =>
  ({ doc, req: { payload, context } }) => {
    if (!context.disableRevalidate) revalidateTags([tag], payload.logger)
    return doc
  }
