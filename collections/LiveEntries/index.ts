import type { CollectionConfig } from 'payload'

import { articleEditor } from '@/articles/body/articleEditor'
import { signedInOnly } from '@/people/access/signedInOnly'
import { populateCreatedBy } from '@collections/Articles/hooks/populateCreatedBy'
import { noOne } from '@collections/Articles/access/noOne'

import { ARTICLES, AUTHORS, LIVE_ENTRIES, MEDIA, USERS } from '../slugs'
import { canCreateEntry } from './access/canCreateEntry'
import { ownReviewEntriesOrEditor } from './access/ownReviewEntriesOrEditor'
import { publishedEntriesOfPublicStories } from './access/publishedEntriesOfPublicStories'
import { entryStatusField } from './entryStatus'
import { liveEntryAdded } from './hooks/liveEntryAdded'
import { markEdited } from './hooks/markEdited'
import { refuseInvalidEntryBody } from './hooks/refuseInvalidEntryBody'
import { revalidateDeletedLiveEntry, revalidateLiveEntry } from './hooks/revalidateLiveEntry'
import { syncEntryImages, syncEntryImagesOnDelete } from './hooks/syncEntryImages'

/**
 * The timestamped updates of a live story. Each entry is its own document, so adding one is one
 * save that never republishes (or conflicts with an edit of) the story itself.
 */
export const LiveEntries: CollectionConfig<typeof LIVE_ENTRIES> = {
  slug: LIVE_ENTRIES,
  labels: { singular: 'Live entry', plural: 'Live entries' },
  access: {
    read: publishedEntriesOfPublicStories,
    create: canCreateEntry,
    update: ownReviewEntriesOrEditor,
    delete: ownReviewEntriesOrEditor,
  },
  admin: {
    useAsTitle: 'headline',
    defaultColumns: ['headline', 'article', 'time', 'pinned', 'status'],
    group: 'Newsroom',
    description:
      'Updates of live stories, newest first on the page. Saving a published entry shows it to readers at once.',
  },
  defaultSort: '-time',
  // The page and the API list one story's entries newest first.
  indexes: [{ fields: ['article', 'status', 'time'] }],
  fields: [
    {
      name: 'article',
      type: 'relationship',
      relationTo: ARTICLES,
      required: true,
      index: true,
      filterOptions: { liveStatus: { equals: 'open' } },
      admin: { description: 'A story marked "Live now".' },
    },
    {
      name: 'time',
      type: 'date',
      required: true,
      index: true,
      defaultValue: () => new Date().toISOString(),
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'headline', type: 'text', maxLength: 160 },
    {
      name: 'body',
      type: 'richText',
      editor: articleEditor,
      required: true,
      hooks: { beforeValidate: [refuseInvalidEntryBody] },
    },
    { name: 'image', type: 'upload', relationTo: MEDIA },
    { name: 'author', type: 'relationship', relationTo: AUTHORS },
    {
      name: 'pinned',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: 'Shown under "Key events" at the top.' },
    },
    entryStatusField,
    {
      name: 'editedAt',
      type: 'date',
      access: { create: noOne, update: noOne },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Set when a public entry changes.',
      },
    },
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: USERS,
      access: { read: signedInOnly, create: noOne, update: noOne },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
  hooks: {
    beforeChange: [populateCreatedBy, markEdited],
    afterChange: [revalidateLiveEntry, syncEntryImages, liveEntryAdded],
    afterDelete: [revalidateDeletedLiveEntry, syncEntryImagesOnDelete],
  },
}
