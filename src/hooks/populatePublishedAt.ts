import type { CollectionBeforeChangeHook } from 'payload'

/** The first publish stamps the time readers see as "Published On"; editors may change it later. */
export const populatePublishedAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const isPublishing = data._status === 'published'
  if (isPublishing && !data.publishedAt && !originalDoc?.publishedAt) {
    return { ...data, publishedAt: new Date().toISOString() }
  }
  return data
}
