import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { WEBHOOK_DELIVERIES, WEBHOOK_ENDPOINTS } from '@collections/slugs'
import { env } from '@/platform/env'
import type { WebhookDelivery, WebhookEndpoint } from '@/payload-types'

import { isSuccess, postSigned } from '../delivery/postSigned'
import type { AttemptOutcome } from '../delivery/postSigned'
import { nextAttemptAt } from '../delivery/retrySchedule'
import { WEBHOOK_QUEUE } from '../events'

const idOf = (value: string | WebhookEndpoint) => (typeof value === 'string' ? value : value.id)

async function setFailing(
  payload: Payload,
  endpoint: WebhookEndpoint,
  isFailing: boolean,
  req: PayloadRequest,
) {
  if (Boolean(endpoint.isFailing) === isFailing) return
  await payload.update({
    collection: WEBHOOK_ENDPOINTS,
    id: endpoint.id,
    data: { isFailing },
    depth: 0,
    select: { isFailing: true },
    req,
  })
}

/** The attempt's line in the log, and the delivery's state after it. */
function afterAttempt(
  delivery: WebhookDelivery,
  outcome: AttemptOutcome,
  at: Date,
  canRetry: boolean,
) {
  const attempts = delivery.attempts + 1
  const firstAttemptAt = delivery.firstAttemptAt ? new Date(delivery.firstAttemptAt) : at
  const next =
    isSuccess(outcome) || !canRetry
      ? null
      : nextAttemptAt(firstAttemptAt, attempts, env.webhooks, at)
  return {
    next,
    data: {
      attempts,
      firstAttemptAt: firstAttemptAt.toISOString(),
      status: isSuccess(outcome) ? 'delivered' : next ? 'pending' : 'failed',
      nextAttemptAt: next?.toISOString() ?? null,
      lastStatusCode: outcome.statusCode,
      lastResponseMs: outcome.responseMs,
      lastError: outcome.error,
      log: [
        ...(delivery.log ?? []).map(({ at, statusCode, responseMs, error }) => ({
          at,
          statusCode,
          responseMs,
          error,
        })),
        { at: at.toISOString(), ...outcome },
      ],
    } satisfies Partial<WebhookDelivery>,
  }
}

/**
 * One attempt of one delivery. A failure (non-2xx, a redirect, a timeout, a refused address) is
 * logged and the next attempt queued after an exponentially growing wait, until the retry window
 * (24 hours) is over; then the delivery is failed and the endpoint marked failing.
 */
export const webhookDeliver: TaskConfig<'webhookDeliver'> = {
  slug: 'webhookDeliver',
  label: 'Webhook: deliver one event to one endpoint',
  inputSchema: [{ name: 'deliveryId', type: 'text', required: true }],
  // Retries here are for our own crashes (the database); failed receivers are retried below.
  retries: 3,
  handler: async ({ input, req }) => {
    const { payload } = req
    const delivery = await payload.findByID({
      collection: WEBHOOK_DELIVERIES,
      id: input.deliveryId,
      depth: 0,
      disableErrors: true,
      req,
    })
    if (!delivery || delivery.status !== 'pending') return { output: {} }
    const endpoint = await payload.findByID({
      collection: WEBHOOK_ENDPOINTS,
      id: idOf(delivery.endpoint),
      depth: 0,
      disableErrors: true,
      req,
    })

    const at = new Date()
    const isSwitchedOn = Boolean(endpoint?.isActive && endpoint.secret)
    const outcome: AttemptOutcome =
      endpoint && isSwitchedOn && endpoint.secret
        ? await postSigned({
            url: endpoint.url,
            body: delivery.body,
            secret: endpoint.secret,
            eventId: delivery.eventId,
            eventType: delivery.eventType,
            timeoutMs: env.webhooks.timeoutMs,
            allowPrivate: env.webhooks.allowPrivate,
          })
        : { statusCode: null, responseMs: 0, error: 'The endpoint is switched off or gone.' }

    const { next, data } = afterAttempt(delivery, outcome, at, isSwitchedOn)
    await payload.update({ collection: WEBHOOK_DELIVERIES, id: delivery.id, data, depth: 0, req })
    if (next) {
      await payload.jobs.queue({
        task: 'webhookDeliver',
        queue: WEBHOOK_QUEUE,
        input: { deliveryId: delivery.id },
        waitUntil: next,
        req,
      })
    }
    // A switched-off endpoint is not failing: nobody is listening on purpose.
    if (endpoint && isSwitchedOn && data.status !== 'pending') {
      await setFailing(payload, endpoint, data.status === 'failed', req)
    }
    return { output: {} }
  },
}
