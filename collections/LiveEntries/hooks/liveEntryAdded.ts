import type { CollectionAfterChangeHook } from 'payload'

import type { LiveEntry } from '@/payload-types'

import { announceLiveEntry } from '@/webhooks/announce'

import { WEBSITE_SECTION } from '../../Articles/sections'

import { storyOfEntry } from './storyOfEntry'

/**
 * Fires once per entry, when it first becomes public: created published by an editor, or a
 * contributor's entry published from review. Edits, pins and removals are not additions.
 */
export const liveEntryAdded: CollectionAfterChangeHook<LiveEntry> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const wasPublic = operation === 'update' && previousDoc?.status === 'published'
  if (doc.status !== 'published' || wasPublic) return doc
  const story = await storyOfEntry(req, doc)
  if (!story || story._status !== 'published' || story.section !== WEBSITE_SECTION) return doc
  // Queued in the save's own transaction; partners are contacted later by the jobs queue.
  await announceLiveEntry({ id: story.id, slug: story.slug }, { id: doc.id }, req)
  return doc
}
