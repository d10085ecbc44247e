import type { CollectionSlug, PayloadRequest } from 'payload'

import type { Problem, Reference } from './fieldProblems'

/** The references that name no document, found with one count per related collection. */
export async function missingReferences(
  req: PayloadRequest,
  references: Reference[],
): Promise<Problem[]> {
  const byCollection = new Map<string, Reference[]>()
  for (const reference of references) {
    byCollection.set(reference.collection, [
      ...(byCollection.get(reference.collection) ?? []),
      reference,
    ])
  }
  const problems: Problem[] = []
  for (const [collection, refs] of byCollection) {
    const slug = collection as CollectionSlug
    if (!req.payload.collections[slug]) {
      problems.push(...refs.map(({ path }) => ({ path, message: 'names an unknown collection' })))
      continue
    }
    const ids = [...new Set(refs.map(({ id }) => id))]
    const { docs } = await req.payload.db.find({
      collection: slug,
      where: { id: { in: ids } },
      limit: ids.length,
      pagination: false,
      select: { id: true },
      req,
    })
    const found = new Set(docs.map((doc) => String(doc.id)))
    for (const { path, id } of refs) {
      if (!found.has(String(id)))
        problems.push({ path, message: `names no ${collection} document` })
    }
  }
  return problems
}
