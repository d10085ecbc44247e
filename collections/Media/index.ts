import type { CollectionConfig } from 'payload'

import { noOne } from '@collections/Articles/access/noOne'
import { editorOrAdmin } from '@/people/access/editorOrAdmin'
import { signedIn } from '@/people/access/signedIn'
import { signedInOnly } from '@/people/access/signedInOnly'
import { env } from '@/platform/env'
import { TAGS } from '@/platform/cache/tags'
import { IMAGE_MIME_TYPES, acceptOnlyImages } from '@collections/Media/hooks/acceptOnlyImages'
import { refuseRemoteFiles } from '@collections/Media/hooks/refuseRemoteFiles'
import { refuseDeletingUsedMedia } from '@collections/Media/hooks/refuseDeletingUsedMedia'
import { stripImageMetadata } from '@collections/Media/hooks/stripImageMetadata'
import { limitOriginalPixels } from '@collections/Media/hooks/limitOriginalPixels'
import { giveEachUploadItsOwnName } from '@collections/Media/hooks/giveEachUploadItsOwnName'
import {
  forgetOptimisedPicturesOnChange,
  forgetOptimisedPicturesOnDelete,
} from '@collections/Media/hooks/forgetOptimisedPictures'
import { publicOrSignedIn } from '@collections/Media/visibility/publicOrSignedIn'
import { revalidateTagOnChange } from '@/platform/cache/revalidateTagOnChange'
import { jsonLdImageSizes } from '@collections/Media/jsonLdImageSizes'
import { answerMissingFileWith404 } from '@collections/Media/answerMissingFileWith404'

import { ARTICLES, MEDIA } from '../slugs'

const revalidateMediaPages = revalidateTagOnChange(TAGS.media)

export const Media: CollectionConfig<typeof MEDIA> = {
  slug: MEDIA,
  labels: { singular: 'Image', plural: 'Media' },
  access: {
    read: publicOrSignedIn,
    create: signedIn,
    update: editorOrAdmin,
    delete: editorOrAdmin,
  },
  admin: {
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'credit', 'updatedAt'],
    listSearchableFields: ['alt', 'caption', 'credit', 'filename'],
    group: 'Newsroom',
  },
  // A copy would be the same file under a near name (Payload counts only exact names).
  disableDuplicate: true,
  upload: {
    staticDir: env.mediaDir,
    handlers: [answerMissingFileWith404(env.mediaDir)],
    mimeTypes: IMAGE_MIME_TYPES,
    focalPoint: true,
    // "Bulk upload" in the media list: many pictures at once, each with its own alt and credit.
    bulkUpload: true,
    adminThumbnail: 'thumbnail',
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, formatOptions: { format: 'webp' } },
      { name: 'card', width: 800, height: 450, formatOptions: { format: 'webp' } },
      { name: 'hero', width: 1600, height: 900, formatOptions: { format: 'webp' } },
      {
        name: 'og',
        width: 1200,
        height: 630,
        formatOptions: { format: 'jpeg', options: { quality: 85 } },
      },
      ...jsonLdImageSizes,
    ],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      admin: { description: 'What the picture shows, for readers who cannot see it.' },
    },
    { name: 'caption', type: 'textarea' },
    {
      name: 'credit',
      type: 'text',
      admin: {
        components: { Cell: '/src/newsroom/components/CreditCell#CreditCell' },
        description: 'The source, shown as "This image is taken from …". For example: Al Jazeera.',
      },
    },
    {
      name: 'creditUrl',
      type: 'text',
      validate: (value: string | null | undefined) =>
        !value ||
        /^https?:\/\/\S+$/.test(value) ||
        'Enter a full web address starting with https://',
      admin: { description: 'Links the credit line to the source.' },
    },
    {
      // Kept by the article hooks (collections/Media/visibility): never written by hand.
      name: 'publishedIn',
      type: 'relationship',
      relationTo: ARTICLES,
      hasMany: true,
      // Kept by the article hooks; a house picture reused this often stays under it, and under
      // what one SQLite statement takes (about 32 000 values, 5 per link).
      maxRows: 5000,
      maxDepth: 0,
      access: { read: signedInOnly, create: noOne, update: noOne },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Published stories on the website that show this picture.',
      },
    },
    {
      name: 'publicSince',
      type: 'date',
      index: true,
      access: { create: noOne, update: noOne },
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: { pickerAppearance: 'dayAndTime' },
        description:
          'Readers may see this picture from this time on: a published story shows it. ' +
          'Empty: only the newsroom can see it.',
      },
    },
  ],
  hooks: {
    // The bytes are judged first, then rewritten without EXIF/XMP/IPTC before anything is stored,
    // then scaled down if they are above the pixel limit, then named so no other picture's files
    // share its names.
    beforeOperation: [
      refuseRemoteFiles,
      acceptOnlyImages,
      stripImageMetadata,
      limitOriginalPixels,
      giveEachUploadItsOwnName,
    ],
    beforeDelete: [refuseDeletingUsedMedia],
    afterChange: [revalidateMediaPages, forgetOptimisedPicturesOnChange],
    afterDelete: [revalidateMediaPages, forgetOptimisedPicturesOnDelete],
  },
}
