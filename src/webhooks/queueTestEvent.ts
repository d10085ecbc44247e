import { randomUUID } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import { WEBHOOK_ENDPOINTS } from '@collections/slugs'
import type { WebhookDelivery } from '@/payload-types'

import { createDelivery } from './createDelivery'
import { WebhookEnvelope } from '@/content-api/schemas/webhook'
import { TEST_EVENT } from './events'

/** The "Send test event" button: one signed `webhook.test` to this endpoint, through the queue. */
export async function queueTestEvent(
  payload: Payload,
  endpointId: string,
  req?: PayloadRequest,
): Promise<WebhookDelivery | null> {
  const endpoint = endpointId
    ? await payload.findByID({
        collection: WEBHOOK_ENDPOINTS,
        id: endpointId,
        depth: 0,
        disableErrors: true,
        req,
      })
    : null
  if (!endpoint) return null
  const envelope = WebhookEnvelope.parse({
    id: `evt_${randomUUID()}`,
    type: TEST_EVENT,
    occurredAt: new Date().toISOString(),
    data: { message: `A test event for ${endpoint.name} from Dispatch.` },
  })
  return createDelivery(payload, endpoint.id, envelope, req)
}
