import type { CollectionConfig } from 'payload'

import { anyone } from '@/people/access/anyone'
import { editorOrAdmin } from '@/people/access/editorOrAdmin'
import { signedIn } from '@/people/access/signedIn'
import { env } from '@/platform/env'
import { TAGS } from '@/platform/cache/tags'
import { IMAGE_MIME_TYPES, acceptOnlyImages } from '@collections/Media/hooks/acceptOnlyImages'
import { refuseDeletingUsedMedia } from '@collections/Media/hooks/refuseDeletingUsedMedia'
import { revalidateTagOnChange } from '@/platform/cache/revalidateTagOnChange'

import { MEDIA } from '../slugs'

const revalidateMediaPages = revalidateTagOnChange(TAGS.media)

export const Media: CollectionConfig<typeof MEDIA> = {
  slug: MEDIA,
  labels: { singular: 'Image', plural: 'Media' },
  access: {
    read: anyone,
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
  upload: {
    staticDir: env.mediaDir,
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
  ],
  hooks: {
    beforeOperation: [acceptOnlyImages],
    beforeDelete: [refuseDeletingUsedMedia],
    afterChange: [revalidateMediaPages],
    afterDelete: [revalidateMediaPages],
  },
}
