import { TEST_EVENT, WEBHOOK_EVENTS } from '@/webhooks/events'

import '../schemas/webhook'

type JsonSchema = { [keyword: string]: unknown }

const SIGNATURE = {
  name: 'Dispatch-Signature',
  in: 'header',
  required: true,
  description:
    '`t=<unix seconds>,v1=<hex>`: HMAC-SHA256 of `<t>.<raw body>` keyed with the endpoint secret. ' +
    'Recompute it, compare in constant time, and refuse timestamps older than 5 minutes.',
  schema: { type: 'string', pattern: '^t=\\d+,v1=[0-9a-f]{64}$' },
}

const HEADERS = [
  SIGNATURE,
  { name: 'Dispatch-Event-Id', in: 'header', required: true, schema: { type: 'string' } },
  { name: 'Dispatch-Event-Type', in: 'header', required: true, schema: { type: 'string' } },
]

const DESCRIPTIONS: Record<string, string> = {
  'article.published': 'A story went public: its first publish, or again after an unpublish.',
  'article.updated': 'A published story was published again with changes.',
  'article.corrected': 'A correction note was added to a published story.',
  'article.unpublished': 'A story left the site (unpublished or deleted); only its id and slug.',
  'live_entry.added': 'An entry was added to a live story; carries the story and the entry id.',
  [TEST_EVENT]: 'Sent by "Send test event" in the admin, whatever the endpoint subscribes to.',
}

/**
 * The OpenAPI 3.1 `webhooks`: what Dispatch POSTs to a partner's registered endpoint. Answer any
 * 2xx within 10 s; anything else (a redirect too) is retried with growing waits for 24 hours.
 */
export function webhookOperations(): Record<string, { post: JsonSchema }> {
  const types = [...WEBHOOK_EVENTS.map((event) => event.value), TEST_EVENT]
  return Object.fromEntries(
    types.map((type) => [
      type,
      {
        post: {
          operationId: `webhook_${type.replace(/\W/g, '_')}`,
          summary: type,
          description: DESCRIPTIONS[type],
          tags: ['Webhooks'],
          parameters: HEADERS,
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/WebhookEnvelope' } },
            },
          },
          responses: {
            '2XX': { description: 'Received. Anything else is retried.' },
          },
        },
      },
    ]),
  )
}
