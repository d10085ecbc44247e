import type { CollectionSlug, PayloadRequest, Where } from 'payload'

/** Which document a lock names: Payload stores it as a polymorphic relationship. */
export type LockedDocument = { relationTo: string; value: number | string }

/**
 * Whether `req.user` may update the document, by the document's own collection's `update` rule
 * (a `Where` answer is checked against the stored document). Any collection's rule, so a lock
 * follows whatever the newsroom's access says about editing.
 */
export async function mayEditDocument(
  req: PayloadRequest,
  { relationTo, value }: LockedDocument,
): Promise<boolean> {
  if (!req.user) return false
  const collection = req.payload.collections[relationTo as CollectionSlug]
  if (!collection) return false
  const answer = await collection.config.access.update({ req, id: String(value) })
  if (answer === true) return true
  if (!answer) return false
  const where: Where = { and: [{ id: { equals: value } }, answer] }
  const { totalDocs } = await req.payload.count({
    collection: collection.config.slug,
    where,
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}
