import type { Payload } from 'payload'

import { ARTICLES, AUTHORS } from '@collections/slugs'
import { WEBSITE_SECTION } from '@collections/Articles/sections'
import { articlePath, authorPath } from '@/articles/urls'
import { env } from '@/platform/env'
import { sameOriginPath } from '@/platform/security/sameOriginPath'

/** A redirect's `to`, as plugin-redirects stores it. */
export type RedirectTo = {
  type?: 'reference' | 'custom' | null
  reference?: { relationTo: string; value: unknown } | null
  url?: string | null
}

const idOf = (value: unknown): string | null => {
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (value && typeof value === 'object' && 'id' in value) return idOf(value.id)
  return null
}

/** A path on this site, or null for anything that would leave it. */
export function onSitePath(url: string | null | undefined): string | null {
  const path = sameOriginPath(url, { origin: env.serverUrl, fallback: '' })
  return path === '' ? null : path
}

/**
 * Where a redirect sends a reader right now: a story's current address (only while it is a
 * published story of the website's section, read as an anonymous reader would), an author's
 * profile, or a path on this site. Null when there is nowhere public to go: never off-site, never
 * to an unpublished story.
 */
export async function redirectTarget(payload: Payload, to: RedirectTo): Promise<string | null> {
  if (to.type === 'custom') return onSitePath(to.url)
  const id = idOf(to.reference?.value)
  if (!id) return null
  if (to.reference?.relationTo === ARTICLES) {
    const { docs } = await payload.find({
      collection: ARTICLES,
      where: { and: [{ id: { equals: id } }, { section: { equals: WEBSITE_SECTION } }] },
      select: { slug: true },
      depth: 0,
      limit: 1,
      overrideAccess: false,
    })
    return docs[0]?.slug ? articlePath(docs[0].slug) : null
  }
  if (to.reference?.relationTo === AUTHORS) {
    const author = await payload.findByID({
      collection: AUTHORS,
      id,
      select: { slug: true },
      depth: 0,
      overrideAccess: false,
      disableErrors: true,
    })
    return author?.slug ? authorPath(author.slug) : null
  }
  return null
}
