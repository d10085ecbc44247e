import { z } from 'zod'

import { TEST_EVENT, WEBHOOK_EVENTS } from '@/webhooks/events'

import { Article } from './article'
import { isoDateTime } from './common'
import { named } from './registry'

const eventTypes = [...WEBHOOK_EVENTS.map((event) => event.value), TEST_EVENT] as const

export const UnpublishedArticle = named(
  z.object({ id: z.string().min(1), slug: z.string().min(1) }),
  {
    id: 'UnpublishedArticle',
    description:
      'The article of `article.unpublished`: no longer public, so only which one it was.',
  },
)

export const LiveEntryRef = named(z.object({ id: z.string().min(1) }), {
  id: 'LiveEntryRef',
  description: 'The live entry that was added.',
})

/**
 * What every webhook POST carries. `data.article` is the article exactly as
 * `GET /api/v1/military/articles/{slug}` shapes it (the same schema, the same allowlist).
 */
export const WebhookEnvelope = named(
  z.object({
    id: z
      .string()
      .min(1)
      .describe('Unique per event; deliveries are at least once, so dedupe on it'),
    type: z.enum(eventTypes),
    occurredAt: isoDateTime().describe('When it happened in the newsroom'),
    data: z.object({
      article: z.union([Article, UnpublishedArticle]).optional(),
      liveEntry: LiveEntryRef.optional(),
      message: z.string().optional().describe('Test events only'),
    }),
  }),
  { id: 'WebhookEnvelope', description: 'The JSON body of every webhook POST.' },
)

export type WebhookEnvelope = z.infer<typeof WebhookEnvelope>
