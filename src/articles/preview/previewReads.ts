import { headers } from 'next/headers'

import { ARTICLES } from '@collections/slugs'
import type { Article } from '@/payload-types'

import { payload } from '@/platform/payload'

/** Who is signed in to the admin on this request, if anyone. */
export async function signedInUser() {
  const client = await payload()
  const { user } = await client.auth({ headers: await headers() })
  return user
}

/**
 * The latest draft of an article for preview, read with the signed-in person's own access (the
 * newsroom reads every draft; contributors may only edit their own). Never cached.
 */
export async function findArticleDraft(slug: string): Promise<Article | null> {
  const user = await signedInUser()
  if (!user) return null
  const client = await payload()
  const { docs } = await client.find({
    collection: ARTICLES,
    where: { slug: { equals: slug } },
    draft: true,
    limit: 1,
    depth: 2,
    user,
    overrideAccess: false,
  })
  return docs[0] ?? null
}
