import type { CollectionConfig } from 'payload'

import { noOne } from '@collections/Articles/access/noOne'
import { adminOnly } from '@collections/Users/access/adminOnly'
import { WEBHOOK_EVENTS } from '@/webhooks/events'

import { WEBHOOK_ENDPOINTS } from '../slugs'
import { sendTestEvent } from './sendTestEvent'
import { generateSecret } from './hooks/generateSecret'
import { validateWebhookUrl } from './validateWebhookUrl'

/**
 * A partner's receiver for publish webhooks. Admins only, through every door: the signing secret
 * is in here, and so is where partners' servers live.
 */
export const WebhookEndpoints: CollectionConfig<typeof WEBHOOK_ENDPOINTS> = {
  slug: WEBHOOK_ENDPOINTS,
  labels: { singular: 'Webhook endpoint', plural: 'Webhook endpoints' },
  access: { read: adminOnly, create: adminOnly, update: adminOnly, delete: adminOnly },
  admin: {
    useAsTitle: 'name',
    group: 'Partners',
    defaultColumns: ['name', 'url', 'events', 'isActive', 'isFailing'],
    description:
      'Partners get a signed POST the moment a story is published, updated, corrected or ' +
      'unpublished. See the README, "Webhooks for partners".',
  },
  graphQL: false,
  endpoints: [sendTestEvent],
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    {
      name: 'url',
      type: 'text',
      required: true,
      maxLength: 2000,
      validate: validateWebhookUrl,
      admin: { description: 'http(s) on the public internet; redirects are not followed.' },
    },
    {
      name: 'events',
      type: 'select',
      hasMany: true,
      required: true,
      options: WEBHOOK_EVENTS.map(({ value, label }) => ({ value, label })),
    },
    { name: 'isActive', label: 'Active', type: 'checkbox', defaultValue: true },
    {
      name: 'isFailing',
      label: 'Failing',
      type: 'checkbox',
      defaultValue: false,
      access: { create: noOne },
      admin: {
        description:
          'Set when an event could not be delivered for 24 hours; cleared by the next success.',
      },
    },
    {
      name: 'secret',
      type: 'text',
      access: { create: noOne, update: noOne },
      hooks: { beforeChange: [generateSecret] },
      admin: {
        readOnly: true,
        description:
          "Made on save. Check each POST's Dispatch-Signature header with it (admins only see it).",
      },
    },
    {
      name: 'sendTest',
      type: 'ui',
      admin: { components: { Field: '/src/newsroom/components/SendTestEvent#SendTestEvent' } },
    },
    {
      // Not a join field: FerretDB, our MongoDB-protocol server, has no `$lookup`.
      name: 'deliveryLog',
      type: 'ui',
      admin: { components: { Field: '/src/newsroom/components/DeliveryLog#DeliveryLog' } },
    },
  ],
}
