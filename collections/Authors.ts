import type { CollectionConfig } from 'payload'

import { anyone } from '@/people/access/anyone'
import { editorOrAdmin } from '@/people/access/editorOrAdmin'
import { signedInOnly } from '@/people/access/signedInOnly'
import { TAGS } from '@/platform/cache/tags'
import { slug } from '@collections/fields/slug'
import { revalidateTagOnChange } from '@/platform/cache/revalidateTagOnChange'
import {
  syncPortraitVisibility,
  syncPortraitVisibilityOnDelete,
} from '@collections/Media/visibility/syncPortraitVisibility'

import { AUTHORS, MEDIA } from './slugs'
import { authorPath } from '@/articles/urls'
import { redirectOldSlug } from './Redirects/hooks/redirectOldSlug'

const profileUrl = (value: string | null | undefined) =>
  !value || /^https?:\/\/\S+$/.test(value) || 'Enter a full web address starting with https://'

const revalidateAuthorPages = revalidateTagOnChange(TAGS.authors)

/** An author's old profile address answers 301 to the new one. */
const moves = redirectOldSlug(AUTHORS, (slug) => authorPath(slug))

export const Authors: CollectionConfig<typeof AUTHORS> = {
  slug: AUTHORS,
  access: {
    read: anyone,
    create: editorOrAdmin,
    update: editorOrAdmin,
    delete: editorOrAdmin,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'role', 'slug', 'updatedAt'],
    listSearchableFields: ['name', 'role', 'slug'],
    group: 'Newsroom',
  },
  defaultPopulate: { name: true, slug: true, role: true, avatar: true },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    slug(AUTHORS, 'name'),
    {
      name: 'role',
      type: 'text',
      maxLength: 120,
      admin: { description: 'As shown in the byline, for example "Defence Correspondent".' },
    },
    { name: 'bio', type: 'textarea', maxLength: 1000 },
    { name: 'avatar', type: 'upload', relationTo: MEDIA },
    {
      name: 'links',
      type: 'group',
      fields: [
        { name: 'x', type: 'text', label: 'X', validate: profileUrl },
        { name: 'linkedin', type: 'text', label: 'LinkedIn', validate: profileUrl },
        { name: 'website', type: 'text', validate: profileUrl },
      ],
    },
    {
      name: 'email',
      type: 'email',
      access: { read: signedInOnly },
      admin: {
        position: 'sidebar',
        description: 'Private: never shown on the site or in the public API.',
      },
    },
  ],
  hooks: {
    beforeChange: [moves.rememberLiveSlug],
    afterChange: [revalidateAuthorPages, syncPortraitVisibility, moves.redirectFromOldSlug],
    afterDelete: [revalidateAuthorPages, syncPortraitVisibilityOnDelete],
  },
}
