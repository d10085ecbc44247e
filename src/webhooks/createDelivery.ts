import type { Payload, PayloadRequest } from 'payload'

import { WEBHOOK_DELIVERIES } from '@collections/slugs'
import type { WebhookDelivery } from '@/payload-types'

import type { WebhookEnvelope } from '@/content-api/schemas/webhook'
import { WEBHOOK_QUEUE } from './events'

/** Records one envelope for one endpoint and queues its first attempt. */
export async function createDelivery(
  payload: Payload,
  endpointId: string,
  envelope: WebhookEnvelope,
  req?: PayloadRequest,
): Promise<WebhookDelivery> {
  const delivery = await payload.create({
    collection: WEBHOOK_DELIVERIES,
    data: {
      endpoint: endpointId,
      eventId: envelope.id,
      eventType: envelope.type,
      status: 'pending',
      attempts: 0,
      body: JSON.stringify(envelope),
    },
    depth: 0,
    req,
  })
  await payload.jobs.queue({
    task: 'webhookDeliver',
    queue: WEBHOOK_QUEUE,
    input: { deliveryId: delivery.id },
    req,
  })
  return delivery
}
