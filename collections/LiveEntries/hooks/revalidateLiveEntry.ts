import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidateTags } from '@/platform/cache/revalidate'
import { tagsForLiveEntryChange } from '@/platform/cache/tags'
import { publish } from '@/platform/events/topicBus'
import type { LiveEntry } from '@/payload-types'

import { changedEntry, liveTopic, removedEntry } from '../liveTopic'
import { storyOfEntry } from './storyOfEntry'

const isPublic = (entry: LiveEntry | null | undefined) => entry?.status === 'published'

/**
 * An entry that is, or was, public clears its page's entries, the feed and the content API's
 * answers, then tells the readers holding the page open (the stream route) to fetch what changed.
 * Entries in review are nobody's but the newsroom's, so saving them clears nothing.
 */
export const revalidateLiveEntry: CollectionAfterChangeHook<LiveEntry> = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (req.context.disableRevalidate) return doc
  if (!isPublic(doc) && !isPublic(previousDoc)) return doc
  const story = await storyOfEntry(req, doc)
  const change = isPublic(doc) ? changedEntry(doc.id) : removedEntry(doc.id)
  if (story?.slug) announce(story.slug, change, req.payload.logger)
  return doc
}

export const revalidateDeletedLiveEntry: CollectionAfterDeleteHook<LiveEntry> = async ({
  doc,
  req,
}) => {
  if (req.context.disableRevalidate || !isPublic(doc)) return doc
  const story = await storyOfEntry(req, doc)
  if (story?.slug) announce(story.slug, removedEntry(doc.id), req.payload.logger)
  return doc
}

function announce(slug: string, change: string, logger: Parameters<typeof revalidateTags>[1]) {
  revalidateTags(tagsForLiveEntryChange(slug), logger)
  publish(liveTopic(slug), change)
}
