import { z } from 'zod'

import { SECTIONS } from '@collections/Articles/sections'

import { absoluteUrl, isoDateTime, optionalText } from './common'
import { AuthorRef } from './author'
import { Image } from './image'
import { named } from './registry'
import { Note } from './note'

const SECTION_VALUES = SECTIONS.map((section) => section.value)

export const Seo = named(
  z.object({
    title: optionalText(),
    description: optionalText(),
    image: Image.nullable(),
  }),
  { id: 'Seo', description: 'What the editors set for search engines and social cards.' },
)

export const ArticleSummary = named(
  z.object({
    id: z.string().min(1),
    slug: z.string().min(1),
    url: absoluteUrl().describe('The article on the website'),
    title: z.string().min(1),
    excerpt: optionalText().describe('The dek'),
    section: z.enum(SECTION_VALUES),
    publishedAt: isoDateTime(),
    updatedAt: isoDateTime(),
    readingTime: z.int().min(1).nullable().describe('Minutes'),
    views: z.int().min(0),
    tags: z.array(z.string().min(1)),
    authors: z.array(AuthorRef).describe('The first author is the byline'),
    heroImage: Image.nullable(),
    seo: Seo,
  }),
  {
    id: 'ArticleSummary',
    description: 'An article as lists show it: everything but the body.',
  },
)

export const ArticleBody = named(
  z.object({
    html: optionalText().describe('Sanitised HTML'),
    text: optionalText().describe('Plain text'),
  }),
  { id: 'ArticleBody' },
)

export const Article = named(
  ArticleSummary.extend({
    body: ArticleBody,
    revisedAt: isoDateTime()
      .nullable()
      .describe('Shown as "Updated": the last note, or the last material change; null if none'),
    corrections: z.array(Note).describe('Corrections and updates, oldest first'),
  }),
  {
    id: 'Article',
    description: 'A published article with its body.',
  },
)

export type PublicArticleSummary = z.infer<typeof ArticleSummary>
export type PublicArticle = z.infer<typeof Article>
