/** What a partner may subscribe to, as the `type` of the envelope says it. */
export const WEBHOOK_EVENTS = [
  { value: 'article.published', label: 'Published (first publish, or again after unpublishing)' },
  { value: 'article.updated', label: 'Updated (a published story re-published)' },
  { value: 'article.corrected', label: 'Corrected (a correction note added)' },
  { value: 'article.unpublished', label: 'Unpublished' },
  { value: 'live_entry.added', label: 'Live entry added' },
] as const

export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number]['value']

/** Sent only by the admin's "Send test event" button, to one endpoint, whatever it subscribes to. */
export const TEST_EVENT = 'webhook.test'

export type DeliveredEventType = WebhookEventType | typeof TEST_EVENT

export const WEBHOOK_QUEUE = 'webhooks'
