import type { MetadataRoute } from 'next'

import { absoluteUrl } from '@/articles/urls'

// SERVER_URL is read when the server runs, not when the image is built.
export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/next/', '/search'] }],
    sitemap: [absoluteUrl('/sitemap.xml'), absoluteUrl('/news-sitemap.xml')],
  }
}
