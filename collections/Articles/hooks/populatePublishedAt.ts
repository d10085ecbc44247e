import type { CollectionBeforeChangeHook } from 'payload'

import { scheduledPublishTime } from '@/articles/scheduling/scheduledPublishTime'

/**
 * The first publish stamps the time readers see as "Published On": the scheduled time when the
 * jobs queue publishes it, otherwise now. Editors may change it later.
 */
export const populatePublishedAt: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  const isPublishing = data._status === 'published'
  if (isPublishing && !data.publishedAt && !originalDoc?.publishedAt) {
    const scheduled = await scheduledPublishTime(req, collection.slug, originalDoc?.id)
    return { ...data, publishedAt: scheduled ?? new Date().toISOString() }
  }
  return data
}
