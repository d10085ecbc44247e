import { expect, test } from '@playwright/test'

const DEMO_LEAD = '/military/europe-races-to-refill-air-defence-interceptor-stocks'

test('should publish a valid RSS 2.0 feed of the 20 latest Military stories', async ({
  request,
  baseURL,
}) => {
  const response = await request.get('/military/feed.xml')
  expect(response.headers()['content-type']).toContain('application/rss+xml')
  const xml = await response.text()
  expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\s*<rss version="2.0"/)
  const items = xml.match(/<item>[\s\S]*?<\/item>/g) ?? []
  expect(items.length).toBeGreaterThanOrEqual(15)
  expect(items.length).toBeLessThanOrEqual(20)
  const first = items.find((item) => item.includes(DEMO_LEAD)) ?? ''
  expect(first).toContain(`<link>${baseURL}/military/`)
  expect(first).toMatch(/<pubDate>\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT<\/pubDate>/)
  expect(first).toMatch(/<dc:creator>[^<@]+<\/dc:creator>/)
  expect(first).toMatch(/<category>[^<]+<\/category>/)
  expect(first).toMatch(/<enclosure length="\d+" type="image\/\w+" url="http[^"]+"\/>/)
  expect(xml).not.toMatch(/politics|@dispatch/)
})

test('should list the section, articles and authors in the sitemap with lastmod', async ({
  request,
  baseURL,
}) => {
  const xml = await (await request.get('/sitemap.xml')).text()
  expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
  expect(xml).toContain(`<loc>${baseURL}/military</loc>`)
  expect(xml).toContain(`<loc>${baseURL}${DEMO_LEAD}</loc>`)
  expect(xml).toMatch(new RegExp(`<loc>${baseURL}/authors/[a-z0-9-]+</loc><lastmod>`))
  expect(xml).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}T[\d:.]+Z<\/lastmod>/)
  expect(xml).not.toContain('draft')
  const news = await (await request.get('/news-sitemap.xml')).text()
  expect(news).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"')
  expect(news).toContain(`<loc>${baseURL}${DEMO_LEAD}</loc>`)
  expect(news).toMatch(/<news:publication_date>[^<]+<\/news:publication_date>/)
  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`)
  expect(robots).toContain('Disallow: /admin')
  // Crawlers that obey the first matching line must meet the disallow rules, not `Allow: /`.
  expect(robots).not.toMatch(/^Allow: \/$/m)
})

test('should describe an article to search engines and social networks', async ({
  page,
  baseURL,
}) => {
  await page.goto(DEMO_LEAD)
  await expect(page).toHaveTitle(/ · Dispatch$/)
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{40,}/)
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    `${baseURL}${DEMO_LEAD}`,
  )
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article')
  const articleAuthors = await page
    .locator('meta[property="article:author"]')
    .evaluateAll((metas) => metas.map((meta) => meta.getAttribute('content')))
  expect(articleAuthors.length).toBeGreaterThan(0)
  for (const author of articleAuthors) expect(author).toMatch(new RegExp(`^${baseURL}/authors/`))
  await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200')
  await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute('content', '630')
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute(
    'content',
    'summary_large_image',
  )
  const graphs = await page
    .locator('script[type="application/ld+json"]')
    .evaluateAll((scripts) => scripts.flatMap((s) => JSON.parse(s.textContent ?? '[]')))
  const article = graphs.find((g: { '@type': string }) => g['@type'] === 'NewsArticle')
  expect(article).toMatchObject({
    headline: expect.any(String),
    datePublished: expect.stringMatching(/^\d{4}-/),
    author: [expect.objectContaining({ '@type': 'Person' }), expect.anything()],
    publisher: expect.objectContaining({ name: 'Dispatch' }),
    image: expect.arrayContaining([expect.stringContaining('http')]),
  })
  expect(graphs.some((g: { '@type': string }) => g['@type'] === 'BreadcrumbList')).toBe(true)
})

for (const path of ['/', '/military/page/2', '/authors/helen-marsh']) {
  test(`should give ${path} a complete social card of its own`, async ({ request, baseURL }) => {
    const html = await (await request.get(path)).text()
    const meta = (attribute: string, name: string) =>
      new RegExp(`<meta ${attribute}="${name}" content="([^"]*)"`).exec(html)?.[1]
    expect(meta('property', 'og:url')).toMatch(new RegExp(`^${baseURL}/`))
    expect(meta('property', 'og:type')).toMatch(/^(website|profile)$/)
    // A large card needs a picture: without one, the summary card.
    const card = meta('name', 'twitter:card')
    expect(card === 'summary' || meta('name', 'twitter:image') !== undefined).toBe(true)
  })
}
