import type { MetadataRoute } from 'next'

import { absoluteUrl } from '@/articles/urls'

// SERVER_URL is read when the server runs, not when the image is built.
export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  return {
    // No `Allow: /`: crawlers that take the first matching line would read it before the
    // disallow rules and crawl the admin and the endless search space. All else is allowed anyway.
    rules: [{ userAgent: '*', disallow: ['/admin', '/next/', '/search'] }],
    sitemap: [absoluteUrl('/sitemap.xml'), absoluteUrl('/news-sitemap.xml')],
  }
}
