import { WEBSITE_SECTION } from '@collections/Articles/sections'
import { env } from '@/platform/env'

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
