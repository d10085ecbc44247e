import { REDIRECTS } from '@collections/slugs'
import { payload } from '@/platform/payload'

import { redirectTarget } from './redirectTarget'

/**
 * Where an address that no longer answers has moved, or null. Asked only after a page or API
 * read found nothing, so live pages pay nothing for it.
 */
export async function movedTo(fromPath: string): Promise<string | null> {
  const client = await payload()
  const { docs } = await client.find({
    collection: REDIRECTS,
    where: { from: { equals: fromPath } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  const redirect = docs[0]
  if (!redirect) return null
  const target = await redirectTarget(client, redirect.to ?? {})
  return target && target !== fromPath ? target : null
}
