import { env } from '@/env'

/** Absolute public URLs, built from SERVER_URL so links work behind any proxy or domain. */
export const absoluteUrl = (pathname: string): string => `${env.serverUrl}${pathname}`

export const articlePath = (slug: string): string => `/military/${slug}`

export const articleUrl = (slug: string): string => absoluteUrl(articlePath(slug))

export const authorPath = (slug: string): string => `/authors/${slug}`
