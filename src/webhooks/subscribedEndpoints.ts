import type { Where } from 'payload'

import type { WebhookEventType } from './events'

/** Active endpoints that asked for this kind of event: the one rule queueing and fan-out share. */
export const subscribedTo = (type: WebhookEventType): Where => ({
  and: [{ isActive: { equals: true } }, { events: { in: [type] } }],
})
