import type { CollectionSlug, PayloadRequest } from 'payload'

/**
 * The time a scheduled publish of this document was due, while Payload's job runs it; null when
 * the publish was not scheduled (someone pressed Publish). Payload's task publishes without saying
 * when it was due, and readers must see the scheduled time, not the minute the queue ran.
 */
export async function scheduledPublishTime(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: string | number | undefined,
): Promise<string | null> {
  if (id === undefined || !req.payload.config.jobs.enabled) return null
  const { docs } = await req.payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { processing: { equals: true } },
        { 'input.doc.relationTo': { equals: collection } },
        { 'input.doc.value': { equals: String(id) } },
        { waitUntil: { less_than_equal: new Date().toISOString() } },
      ],
    },
    sort: '-waitUntil',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const waitUntil = docs[0]?.waitUntil
  return typeof waitUntil === 'string' ? waitUntil : null
}
