import { z } from 'zod'

import { WEBSITE_SECTION_LABEL } from '@collections/Articles/sections'

import { AuthorRef } from './author'
import { ArticleBody } from './article'
import { absoluteUrl, isoDateTime, listEnvelope, optionalText } from './common'
import { Image } from './image'
import { named } from './registry'

export const LiveEntry = named(
  z.object({
    id: z.string().min(1),
    url: absoluteUrl().describe('The entry on its live page'),
    time: isoDateTime().describe('When it happened, as shown to readers'),
    updatedAt: isoDateTime().describe('Last change: what `since` compares'),
    editedAt: isoDateTime().nullable().describe('When its text last changed after it went out'),
    headline: optionalText(),
    pinned: z.boolean().describe('Shown under "Key events"'),
    body: ArticleBody,
    image: Image.nullable(),
    author: AuthorRef.nullable(),
  }),
  { id: 'LiveEntry', description: 'One timestamped update of a live story.' },
)

export const LiveEntryList = listEnvelope(
  LiveEntry,
  'LiveEntryList',
  `A page of a live ${WEBSITE_SECTION_LABEL} story's published entries, newest first.`,
)

export type PublicLiveEntry = z.infer<typeof LiveEntry>
export type LiveEntryList = z.infer<typeof LiveEntryList>
