import { WEBSITE_SECTION } from '@collections/Articles/sections'
import { env } from '@/platform/env'
import { entryAnchor } from './live/entryAnchor'

/** Absolute public URLs, built from SERVER_URL so links work behind any proxy or domain. */
export const absoluteUrl = (pathname: string): string => `${env.serverUrl}${pathname}`

/** The section's value is also its path segment (see WEBSITE_SECTION). */
export const SECTION_PATH = `/${WEBSITE_SECTION}`

export const FEED_PATH = `${SECTION_PATH}/feed.xml`

/** Page 1 of a list lives at the list's own address; later pages under /page/N. */
export const sectionPagePath = (page: number): string =>
  page <= 1 ? SECTION_PATH : `${SECTION_PATH}/page/${page}`

export const articlePath = (slug: string): string => `${SECTION_PATH}/${slug}`

export const articleUrl = (slug: string): string => absoluteUrl(articlePath(slug))

export const authorPath = (slug: string, page = 1): string =>
  page <= 1 ? `/authors/${slug}` : `/authors/${slug}/page/${page}`

export function searchPath({ q, page = 1 }: { q?: string; page?: number } = {}): string {
  const params = new URLSearchParams()
  if (q) params.set('q', q)
  if (page > 1) params.set('page', String(page))
  const query = params.toString()
  return query ? `/search?${query}` : '/search'
}

/**
 * Media URLs as a path on this site: Payload makes them absolute from SERVER_URL, but the image
 * optimiser serves local files only by path (and the public URL may differ from the local one).
 */
export function sitePath(url: string): string {
  return url.startsWith(env.serverUrl) ? url.slice(env.serverUrl.length) || '/' : url
}

/** A topic (a tag's page, see topicSlug.ts); later pages under /page/N like the front. */
export const topicPath = (slug: string, page = 1): string => {
  const path = `${SECTION_PATH}/topics/${encodeURIComponent(slug)}`
  return page <= 1 ? path : `${path}/page/${page}`
}

export const topicFeedPath = (slug: string): string => `${topicPath(slug)}/feed.xml`
/** One live entry's place on its story's page. */
export const entryUrl = (slug: string, entryId: string): string =>
  `${articleUrl(slug)}#${entryAnchor(entryId)}`
/** The page of older entries readers without JavaScript follow (page 1 is the story itself). */
export const olderEntriesPath = (slug: string, page: number): string =>
  page <= 1 ? articlePath(slug) : `${articlePath(slug)}/updates/${page}`
