import { z } from 'zod'

import { SLUG_PATTERN } from '@collections/fields/slug'

/** Deep enough for any archive; a bound keeps database offsets sane. */
export const MAX_PAGE = 10_000
export const MAX_LIMIT = 100
export const DEFAULT_ARTICLE_LIMIT = 12

const page = z.coerce
  .number({ error: 'must be a whole number' })
  .int({ error: 'must be a whole number' })
  .min(1, { error: 'must be 1 or more' })
  .max(MAX_PAGE, { error: `must be at most ${MAX_PAGE}` })
  .default(1)
  .describe('Page number')

const limit = (fallback: number) =>
  z.coerce
    .number({ error: 'must be a whole number' })
    .int({ error: 'must be a whole number' })
    .min(1, { error: `must be between 1 and ${MAX_LIMIT}` })
    .max(MAX_LIMIT, { error: `must be between 1 and ${MAX_LIMIT}` })
    .default(fallback)
    .describe('Items per page')

const DAY_MS = 86_400_000

const isoDate = (bareDate: 'start' | 'end') =>
  z
    .union([z.iso.date(), z.iso.datetime({ offset: true })], {
      error: 'must be an ISO 8601 date (2025-10-13) or date-time (2025-10-13T09:30:00Z)',
    })
    .transform((value) => {
      const date = new Date(value)
      // A bare date means the whole day (UTC): `until=2025-10-13` includes that day's stories.
      const isBareDate = value.length === 10
      return isBareDate && bareDate === 'end' ? new Date(date.getTime() + DAY_MS - 1) : date
    })

export const slugParam = z
  .string()
  .max(200)
  .regex(SLUG_PATTERN, { error: 'must be lowercase words joined by hyphens' })

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` })

export const ListArticlesParams = z.strictObject({
  page,
  limit: limit(DEFAULT_ARTICLE_LIMIT),
  tag: text(100).optional().describe('Only articles with this tag (exact match)'),
  author: slugParam.optional().describe("Only articles by this author (the author's slug)"),
  q: text(200)
    .min(2, { error: 'must be at least 2 characters' })
    .optional()
    .describe('Text search in titles, excerpts and bodies'),
  since: isoDate('start')
    .optional()
    .describe('Published at or after this time, or from the start of this date (UTC)'),
  until: isoDate('end')
    .optional()
    .describe(
      'Published at or before this time, or by the end of this date (UTC); before `since`, the list is empty',
    ),
})

export const PageParams = z.strictObject({ page, limit: limit(MAX_LIMIT) })

export const DEFAULT_ENTRY_LIMIT = 20

export const ListEntriesParams = z.strictObject({
  page,
  limit: limit(DEFAULT_ENTRY_LIMIT),
  since: isoDate('start')
    .optional()
    .describe(
      'Only entries added or changed after this time (their `updatedAt`): send the newest `updatedAt` you have',
    ),
})

/** Endpoints that take no query parameters still refuse unknown ones. */
export const NoParams = z.strictObject({})

export type ListArticlesParams = z.infer<typeof ListArticlesParams>
export type PageParams = z.infer<typeof PageParams>
export type ListEntriesParams = z.infer<typeof ListEntriesParams>
