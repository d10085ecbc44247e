import type { CollectionConfig } from 'payload'

import { adminOnly } from '@collections/Users/access/adminOnly'
import { TEST_EVENT, WEBHOOK_EVENTS } from '@/webhooks/events'

import { WEBHOOK_DELIVERIES, WEBHOOK_ENDPOINTS } from './slugs'

const systemOnly = () => false

/**
 * The delivery log: one event sent to one endpoint, with every attempt. Written only by the
 * webhook tasks; admins read it (on the endpoint's page and here) and may clear it.
 */
export const WebhookDeliveries: CollectionConfig<typeof WEBHOOK_DELIVERIES> = {
  slug: WEBHOOK_DELIVERIES,
  labels: { singular: 'Webhook delivery', plural: 'Webhook deliveries' },
  access: { read: adminOnly, create: systemOnly, update: systemOnly, delete: adminOnly },
  admin: {
    group: 'Partners',
    useAsTitle: 'eventId',
    defaultColumns: ['eventType', 'endpoint', 'status', 'attempts', 'lastStatusCode', 'createdAt'],
  },
  graphQL: false,
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'endpoint',
      type: 'relationship',
      relationTo: WEBHOOK_ENDPOINTS,
      required: true,
      index: true,
    },
    { name: 'eventId', type: 'text', required: true, index: true },
    {
      name: 'eventType',
      type: 'select',
      required: true,
      options: [...WEBHOOK_EVENTS.map(({ value }) => value), TEST_EVENT],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: ['pending', 'delivered', 'failed'],
    },
    { name: 'attempts', type: 'number', required: true, defaultValue: 0 },
    { name: 'lastStatusCode', type: 'number' },
    { name: 'lastResponseMs', label: 'Last response time (ms)', type: 'number' },
    { name: 'lastError', type: 'text' },
    { name: 'firstAttemptAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'nextAttemptAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    {
      // The exact bytes signed and sent: every retry sends the same body.
      name: 'body',
      type: 'code',
      required: true,
      admin: { language: 'json' },
    },
    {
      name: 'log',
      type: 'array',
      // One row per attempt; backoff doubles the wait each time, so even a 0.05 s base over the
      // longest retry window (7 days) makes about 25.
      maxRows: 100,
      fields: [
        { name: 'at', type: 'date', required: true },
        { name: 'statusCode', type: 'number' },
        { name: 'responseMs', label: 'Response time (ms)', type: 'number', required: true },
        { name: 'error', type: 'text' },
      ],
    },
  ],
}
