import { randomUUID } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import { WEBHOOK_ENDPOINTS } from '@collections/slugs'

import type { WebhookEventType } from './events'
import { WEBHOOK_QUEUE } from './events'
import { subscribedTo } from './subscribedEndpoints'

/** What the newsroom says happened; the fan-out task turns it into envelopes, one per endpoint. */
export type NewsroomEvent = {
  type: WebhookEventType
  article: { id: string; slug: string }
  liveEntry?: { id: string }
}

/**
 * Queues an event for every subscribed endpoint. Only a job is written here, in the caller's
 * transaction (so an event exists exactly when the save that caused it commits); no partner is
 * contacted from the request that saved the story. With no endpoint subscribed nothing is queued,
 * so a newsroom without partners fills no queue (and scheduled publishing never waits behind it).
 */
export async function queueWebhookEvent(
  payload: Payload,
  event: NewsroomEvent,
  req?: PayloadRequest,
): Promise<void> {
  const { totalDocs } = await payload.count({
    collection: WEBHOOK_ENDPOINTS,
    where: subscribedTo(event.type),
    req,
  })
  if (totalDocs === 0) return
  await payload.jobs.queue({
    task: 'webhookFanOut',
    queue: WEBHOOK_QUEUE,
    input: {
      event: {
        id: `evt_${randomUUID()}`,
        occurredAt: new Date().toISOString(),
        ...event,
      },
    },
    req,
  })
}
