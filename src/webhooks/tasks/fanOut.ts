import type { TaskConfig } from 'payload'
import { z } from 'zod'

import { WEBHOOK_ENDPOINTS } from '@collections/slugs'
import { toPublicArticle } from '@/content-api/serializers/toPublicArticle'

import { createDelivery } from '../createDelivery'
import { WebhookEnvelope } from '@/content-api/schemas/webhook'
import { WEBHOOK_EVENTS } from '../events'
import { subscribedTo } from '../subscribedEndpoints'
import { readPublicArticle } from '../readPublicArticle'

const QueuedEvent = z.object({
  id: z.string().min(1),
  occurredAt: z.iso.datetime(),
  type: z.enum(WEBHOOK_EVENTS.map((event) => event.value)),
  article: z.object({ id: z.string().min(1), slug: z.string().min(1) }),
  liveEntry: z.object({ id: z.string().min(1) }).optional(),
})

/**
 * Turns a newsroom event into one delivery per active endpoint subscribed to it. The article is
 * read as the public sees it when this runs; a story no longer public by then sends nothing
 * (except `article.unpublished`, which carries only its id and slug).
 */
export const webhookFanOut: TaskConfig<'webhookFanOut'> = {
  slug: 'webhookFanOut',
  label: 'Webhook: fan an event out to endpoints',
  inputSchema: [{ name: 'event', type: 'json', required: true }],
  retries: 3,
  handler: async ({ input, req }) => {
    const event = QueuedEvent.parse(input.event)
    const { payload } = req
    const endpoints = await payload.find({
      collection: WEBHOOK_ENDPOINTS,
      where: subscribedTo(event.type),
      depth: 0,
      limit: 0,
      pagination: false,
      req,
    })
    if (endpoints.docs.length === 0) return { output: {} }

    let article: WebhookEnvelope['data']['article'] = event.article
    if (event.type !== 'article.unpublished') {
      const stored = await readPublicArticle(payload, event.article.id)
      if (!stored) return { output: {} }
      article = toPublicArticle(stored)
    }
    const envelope = WebhookEnvelope.parse({
      id: event.id,
      type: event.type,
      occurredAt: event.occurredAt,
      data: { article, ...(event.liveEntry ? { liveEntry: event.liveEntry } : {}) },
    })
    for (const endpoint of endpoints.docs) {
      await createDelivery(payload, endpoint.id, envelope, req)
    }
    return { output: {} }
  },
}
