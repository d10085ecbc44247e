import type { CollectionConfig } from 'payload'

import { canCreateArticle } from '@collections/Articles/access/canCreateArticle'
import { noOne } from '@collections/Articles/access/noOne'
import { signedInOnly } from '@/people/access/signedInOnly'
import { ownDraftsOrEditor } from '@collections/Articles/access/ownDraftsOrEditor'
import { publishedOrSignedIn } from '@collections/Articles/access/publishedOrSignedIn'
import { signedIn } from '@/people/access/signedIn'
import { articleEditor } from '@/articles/body/articleEditor'
import { slug } from '@collections/fields/slug'
import { populateCreatedBy } from '@collections/Articles/hooks/populateCreatedBy'
import { populatePublishedAt } from '@collections/Articles/hooks/populatePublishedAt'
import { previewPath } from '@/articles/preview/previewSecret'
import { absoluteUrl } from '@/articles/urls'
import { serialisedSaves } from '@/platform/concurrency/serialisedSaves'

import { ARTICLES, AUTHORS, MEDIA, USERS } from '../slugs'
import { deriveFromBody } from './hooks/deriveFromBody'
import { fillSeoFromArticle } from './hooks/fillSeoFromArticle'
import { forgetDependents } from './hooks/forgetDependents'
import { ignoreDraftForReaders } from './hooks/ignoreDraftForReaders'
import { omitSearchText } from './hooks/omitSearchText'
import { readViewCount } from './hooks/readViewCount'
import { removeUntouchedBlankDrafts } from './hooks/removeUntouchedBlankDrafts'
import { refuseInvalidBody } from './hooks/refuseInvalidBody'
import { revalidateArticle, revalidateDeletedArticle } from './hooks/revalidateArticle'
import { SECTIONS, WEBSITE_SECTION, WEBSITE_SECTION_LABEL } from './sections'
import { settleWorkflow } from './hooks/settleWorkflow'
import { shareLinksField } from './shareLinksField'
import { syncMediaVisibility, syncMediaVisibilityOnDelete } from './hooks/syncMediaVisibility'
import { validateHeroImage } from './validateHeroImage'
import { workflowField } from './workflow'
import {
  announceDeletedToWebhooks,
  announceToWebhooks,
  rememberPublicState,
} from './hooks/announceToWebhooks'
import { addNoteEndpoint } from './corrections/addNoteEndpoint'
import { correctionsFields } from './corrections/correctionsFields'
import { keepNotes } from './corrections/keepNotes'
import { redirectOldSlug } from '../Redirects/hooks/redirectOldSlug'
import { articlePath } from '@/articles/urls'
import { liveFields } from './liveField'

/** Two editors' saves of one article never interleave; a save on a stale base is a 409. */
const saves = serialisedSaves(ARTICLES)

/** A published story's old address answers 301 to its new one. */
const moves = redirectOldSlug(ARTICLES, articlePath)

const CHARACTER_COUNT = '/src/newsroom/components/CharacterCount#CharacterCount'

export const Articles: CollectionConfig<typeof ARTICLES> = {
  slug: ARTICLES,
  labels: { singular: 'Article', plural: 'Articles' },
  access: {
    read: publishedOrSignedIn,
    readVersions: signedIn,
    create: canCreateArticle,
    update: ownDraftsOrEditor,
    delete: ownDraftsOrEditor,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'workflow', '_status', 'section', 'authors', 'publishedAt', 'views'],
    listSearchableFields: ['title', 'slug', 'excerpt'],
    group: 'Newsroom',
    // Opens the latest draft on the site in draft mode (token + signed-in check).
    preview: (doc) =>
      typeof doc.slug === 'string' && doc.slug ? absoluteUrl(previewPath(doc.slug)) : null,
    livePreview: {
      url: ({ data }) =>
        typeof data.slug === 'string' && data.slug ? absoluteUrl(previewPath(data.slug)) : null,
      breakpoints: [
        { name: 'mobile', label: 'Mobile', width: 375, height: 667 },
        { name: 'tablet', label: 'Tablet', width: 768, height: 1024 },
        { name: 'desktop', label: 'Desktop', width: 1440, height: 900 },
      ],
    },
    description:
      'Stories for the website and the content API. ' +
      `Only published ${WEBSITE_SECTION_LABEL} articles appear on the site.`,
    components: {
      edit: { PublishButton: '/src/newsroom/components/PublishOrSubmit#PublishOrSubmit' },
    },
  },
  defaultSort: '-publishedAt',
  defaultPopulate: { title: true, slug: true, section: true, publishedAt: true },
  versions: {
    drafts: { autosave: { interval: 2000 }, schedulePublish: { timeIntervals: 1 } },
    maxPerDoc: 50,
  },
  // Every list the site makes filters on these and sorts newest first (Payload adds createdAt as
  // the tie-break): with both sort keys in the index the database walks it in order instead of
  // sorting the whole section (at 100,000 articles page 50 took 9.5 s without createdAt here).
  indexes: [{ fields: ['section', '_status', 'publishedAt', 'createdAt'] }],
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: 200,
      admin: { components: { afterInput: [CHARACTER_COUNT] } },
    },
    {
      name: 'excerpt',
      type: 'textarea',
      maxLength: 300,
      admin: {
        components: { afterInput: [CHARACTER_COUNT] },
        description:
          'The dek: one or two sentences under the headline, on cards and in search results.',
      },
    },
    {
      name: 'heroImage',
      type: 'upload',
      relationTo: MEDIA,
      required: true,
      validate: validateHeroImage,
      admin: { description: 'Published stories need one, with alt text and a credit.' },
    },
    {
      name: 'body',
      type: 'richText',
      editor: articleEditor,
      hooks: { beforeValidate: [refuseInvalidBody] },
    },
    slug(ARTICLES),
    workflowField,
    ...liveFields,
    {
      name: 'section',
      type: 'select',
      options: [...SECTIONS],
      // New stories land on the desk the website shows.
      defaultValue: WEBSITE_SECTION,
      required: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'authors',
      type: 'relationship',
      relationTo: AUTHORS,
      hasMany: true,
      minRows: 1,
      // Bylines run to a handful; a team byline on an investigation stays well under this.
      maxRows: 20,
      required: true,
      admin: { position: 'sidebar', description: 'The first author is the byline.' },
    },
    {
      name: 'tags',
      type: 'text',
      hasMany: true,
      // A story carries a few topics; more than this is tag spam, not a story's subjects.
      maxRows: 50,
      admin: { position: 'sidebar' },
    },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        description: 'Set on first publish; shown to readers as "Published On".',
      },
    },
    {
      name: 'readingTime',
      type: 'number',
      min: 1,
      access: { create: noOne, update: noOne },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Minutes, worked out from the body on save.',
      },
    },
    {
      // Virtual: the count lives in its own collection (collections/ArticleViews.ts), so
      // publishing, restoring or any other edit of the versioned article cannot overwrite it.
      name: 'views',
      type: 'number',
      virtual: true,
      access: { create: noOne, update: noOne },
      hooks: { afterRead: [readViewCount] },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Counted on the website.',
        // A virtual field cannot be queried: no filter on it in the list.
        disableListFilter: true,
        // Empty rather than "0" until someone has read the story.
        components: { Cell: '/src/newsroom/components/ViewsCell#ViewsCell' },
      },
    },
    {
      // The body as plain text, so search can match it. Queryable (a hidden field could not be
      // searched through the access rules) but never returned: it only repeats the body.
      name: 'searchText',
      type: 'textarea',
      access: { create: noOne, update: noOne },
      admin: { hidden: true, disableListColumn: true, disableListFilter: true },
    },
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: USERS,
      access: { read: signedInOnly, create: noOne, update: noOne },
      admin: { position: 'sidebar', readOnly: true },
    },
    ...correctionsFields,
    shareLinksField,
  ],
  endpoints: [addNoteEndpoint],
  hooks: {
    beforeOperation: [ignoreDraftForReaders, saves.takeTurn],
    afterOperation: [saves.endTurn],
    afterError: [saves.endTurnOnError],
    beforeChange: [
      saves.refuseStale,
      populateCreatedBy,
      populatePublishedAt,
      settleWorkflow,
      keepNotes,
      deriveFromBody,
      fillSeoFromArticle,
      rememberPublicState,
      moves.rememberLiveSlug,
    ],
    afterRead: [omitSearchText],
    afterChange: [
      revalidateArticle,
      syncMediaVisibility,
      removeUntouchedBlankDrafts,
      moves.redirectFromOldSlug,
      announceToWebhooks,
    ],
    beforeDelete: [forgetDependents],
    afterDelete: [revalidateDeletedArticle, syncMediaVisibilityOnDelete, announceDeletedToWebhooks],
  },
}
