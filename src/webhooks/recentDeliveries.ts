import type { Payload, TypedUser } from 'payload'

import { WEBHOOK_DELIVERIES } from '@collections/slugs'
import type { WebhookDelivery } from '@/payload-types'

export const RECENT_DELIVERIES = 20

export type RecentDeliveries = { deliveries: WebhookDelivery[]; total: number }

/**
 * The last deliveries to one endpoint, newest first, as the signed-in admin may read them. A plain
 * query rather than a `join` field: FerretDB, our MongoDB-protocol server, has no `$lookup`.
 */
export async function recentDeliveries(
  payload: Payload,
  user: TypedUser | null,
  endpoint: number | string,
): Promise<RecentDeliveries> {
  const { docs, totalDocs } = await payload.find({
    collection: WEBHOOK_DELIVERIES,
    where: { endpoint: { equals: endpoint } },
    sort: '-createdAt',
    limit: RECENT_DELIVERIES,
    depth: 0,
    select: {
      eventType: true,
      status: true,
      attempts: true,
      lastStatusCode: true,
      lastResponseMs: true,
      createdAt: true,
    },
    overrideAccess: false,
    user,
  })
  return { deliveries: docs as WebhookDelivery[], total: totalDocs }
}
