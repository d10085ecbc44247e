import type { Payload } from 'payload'

import { WEBHOOK_DELIVERIES, WEBHOOK_ENDPOINTS } from '@collections/slugs'
import type { WebhookDelivery, WebhookEndpoint } from '@/payload-types'
import type { WebhookEventType } from '@/webhooks/events'
import { WEBHOOK_QUEUE } from '@/webhooks/events'

/** Registers an endpoint as an admin would (validation on), subscribed to `events`. */
export const registerEndpoint = (
  payload: Payload,
  url: string,
  events: WebhookEventType[] = ['article.published'],
): Promise<WebhookEndpoint> =>
  payload.create({
    collection: WEBHOOK_ENDPOINTS,
    data: { name: 'Test partner', url, events, isActive: true },
  })

/** Deletes an endpoint and its deliveries, so later tests' events do not reach it. */
export async function removeEndpoint(payload: Payload, endpoint: WebhookEndpoint) {
  await payload.delete({
    collection: WEBHOOK_DELIVERIES,
    where: { endpoint: { equals: endpoint.id } },
  })
  await payload.delete({ collection: WEBHOOK_ENDPOINTS, id: endpoint.id })
}

export const deliveriesOf = async (payload: Payload, endpoint: WebhookEndpoint) =>
  (
    await payload.find({
      collection: WEBHOOK_DELIVERIES,
      where: { endpoint: { equals: endpoint.id } },
      sort: 'createdAt',
      depth: 0,
      pagination: false,
    })
  ).docs

/**
 * Runs the webhook queue again and again, as the server's ticker does, until `isDone` holds or
 * `withinMs` pass; returns whether it held.
 */
export async function runWebhookJobsUntil(
  payload: Payload,
  isDone: () => boolean | Promise<boolean>,
  withinMs = 10_000,
): Promise<boolean> {
  const deadline = Date.now() + withinMs
  while (Date.now() < deadline) {
    await payload.jobs.run({ queue: WEBHOOK_QUEUE, limit: 50 })
    if (await isDone()) return true
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  return isDone()
}

export const settledDeliveries = async (payload: Payload, endpoint: WebhookEndpoint) =>
  (await deliveriesOf(payload, endpoint)).filter(
    (delivery: WebhookDelivery) => delivery.status !== 'pending',
  )
