import type { CollectionBeforeChangeHook } from 'payload'
import { ValidationError } from 'payload'

import { onSitePath, redirectTarget, type RedirectTo } from '@/articles/redirects/redirectTarget'

import { REDIRECTS } from '../../slugs'

type RedirectData = { from?: string; to?: RedirectTo }

/**
 * "/military/old-slug/", "military/old-slug", "/military/old-%73lug?x=1#top" all mean the page at
 * "/military/old-slug": the router ignores the query, the fragment and a trailing slash, and
 * decodes escapes, so a redirect's source and target are compared in this form.
 */
export function normalisedFrom(from: string): string | null {
  const path = onSitePath(from.startsWith('/') ? from : `/${from}`)
  if (!path) return null
  let pathname = path.split(/[?#]/)[0] ?? ''
  try {
    pathname = decodeURIComponent(pathname)
  } catch {
    return null
  }
  return pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname
}

/**
 * A redirect leads from a path of this site to a public page of this site, never off-site and
 * never to an unpublished story; one that would land on another redirect's `from` takes that
 * one's target instead, so a reader is sent once (A→B and B→C store A→C).
 */
export const checkRedirect: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const redirect = { ...originalDoc, ...data } as RedirectData
  const fail = (path: string, message: string) =>
    new ValidationError({ collection: REDIRECTS, errors: [{ path, message }], req })

  const from = typeof redirect.from === 'string' ? normalisedFrom(redirect.from) : null
  if (!from) throw fail('from', 'Enter a path on this site, such as /military/old-slug.')

  let to: RedirectTo = redirect.to ?? {}
  if (to.type === 'custom') {
    const url = onSitePath(to.url)
    if (!url) throw fail('to.url', 'Redirects lead to pages of this site only: enter a path.')
    const { docs } = await req.payload.find({
      collection: REDIRECTS,
      where: { from: { equals: normalisedFrom(url) ?? url } },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
    const next = docs[0]
    to = next && next.from !== from ? (next.to as RedirectTo) : { ...to, url }
  }

  const target = await redirectTarget(req.payload, to)
  if (!target) throw fail('to', 'The target must be a published story, an author or a page.')
  if (normalisedFrom(target) === from) throw fail('to', 'A redirect cannot lead to itself.')
  return { ...data, from, to }
}
