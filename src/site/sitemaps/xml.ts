import escapeHTML from 'escape-html'

import { withoutUnwritableCharacters } from '@/platform/validation/unwritableCharacters'

export type SitemapUrl = { loc: string; lastmod?: string | null }

/** Search engines read at most this many URLs from one sitemap file. */
export const SITEMAP_LIMIT = 50_000

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'

const lastmod = (value?: string | null) =>
  value ? `<lastmod>${escapeHTML(new Date(value).toISOString())}</lastmod>` : ''

export function urlsetXml(urls: SitemapUrl[]): string {
  const entries = urls.map(
    (url) => `<url><loc>${escapeHTML(url.loc)}</loc>${lastmod(url.lastmod)}</url>`,
  )
  return `${XML_HEAD}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</urlset>\n`
}

export function sitemapIndexXml(sitemaps: SitemapUrl[]): string {
  const entries = sitemaps.map(
    (sitemap) =>
      `<sitemap><loc>${escapeHTML(sitemap.loc)}</loc>${lastmod(sitemap.lastmod)}</sitemap>`,
  )
  return `${XML_HEAD}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</sitemapindex>\n`
}

/** Stored text with characters XML forbids (kept from before they were refused) is left out. */
export const xmlResponse = (xml: string) =>
  new Response(withoutUnwritableCharacters(xml), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  })
