import { expect, test } from '@playwright/test'

import { Newsroom } from './support/content'

const DEMO_LEAD = '/military/europe-races-to-refill-air-defence-interceptor-stocks'
const AIR_DEFENCE = '/military/topics/air-defence'

test('should link an article’s tags to topic pages that crawlers may read', async ({
  page,
  request,
}) => {
  await page.goto(DEMO_LEAD)
  const topics = page.getByRole('navigation', { name: 'Topics' })
  await expect(topics.getByRole('link', { name: 'air defence' })).toHaveAttribute(
    'href',
    AIR_DEFENCE,
  )
  await topics.getByRole('link', { name: 'air defence' }).click()
  await expect(page).toHaveURL(new RegExp(`${AIR_DEFENCE}$`))
  await expect(page.getByRole('heading', { level: 1, name: 'air defence' })).toBeVisible()
  await expect(page.locator('main article.card h2 a').first()).toHaveAttribute('href', DEMO_LEAD)

  const robots = await (await request.get('/robots.txt')).text()
  const disallowed = [...robots.matchAll(/^Disallow: (.+)$/gm)].map((match) => match[1] ?? '')
  expect(disallowed.filter((path) => AIR_DEFENCE.startsWith(path))).toEqual([])
})

test('should give a topic page its own title, description, canonical, Open Graph and feed', async ({
  page,
}) => {
  await page.goto(AIR_DEFENCE)
  await expect(page).toHaveTitle('air defence · Military · Dispatch')
  const head = page.locator('head')
  await expect(head.locator('meta[name="description"]')).toHaveAttribute('content', /air defence/)
  await expect(head.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    new RegExp(`${AIR_DEFENCE}$`),
  )
  await expect(head.locator('meta[property="og:url"]')).toHaveAttribute(
    'content',
    new RegExp(`${AIR_DEFENCE}$`),
  )
  await expect(head.locator('meta[property="og:title"]')).toHaveAttribute('content', /air defence/)
  await expect(head.locator('link[type="application/rss+xml"]')).toHaveAttribute(
    'href',
    new RegExp(`${AIR_DEFENCE}/feed.xml$`),
  )
})

test('should give odd tags safe addresses, paginate with rel links and 404 past the end', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000)
  const newsroom = await Newsroom.signIn(request)
  const stamp = Date.now().toString(36)
  const tag = `Sea/Air Défense ${stamp}`
  const topic = `/military/topics/sea-air-d%C3%A9fense-${stamp}`
  const stories = []
  for (let i = 0; i < 13; i++) stories.push(await newsroom.story({ tags: [tag] }))

  await page.goto(`/military/${stories[0]?.slug}`)
  await expect(
    page.getByRole('navigation', { name: 'Topics' }).getByRole('link', { name: tag }),
  ).toHaveAttribute('href', topic)

  expect((await page.goto(topic))?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1, name: tag })).toBeVisible()
  await expect(page.locator('main article.card')).toHaveCount(12)
  await expect(page.locator('link[rel="next"]')).toHaveAttribute('href', `${topic}/page/2`)
  await page.getByRole('link', { name: 'Older →' }).click()
  await expect(page).toHaveURL(new RegExp(`${topic}/page/2$`))
  await expect(page.locator('main article.card')).toHaveCount(1)
  await expect(page.locator('main article.card h2 a')).toHaveText(stories[0]?.title ?? '')
  await expect(page.locator('link[rel="prev"]')).toHaveAttribute('href', topic)
  await expect(page).toHaveTitle(`${tag}, page 2 · Military · Dispatch`)
  for (const path of [`${topic}/page/3`, `${topic}/page/0`, `${topic}/page/02`]) {
    expect((await page.goto(path))?.status(), path).toBe(404)
  }
})

test('should answer an unknown topic, a misspelt slug and a tag only drafts use with a 404', async ({
  request,
}) => {
  const newsroom = await Newsroom.signIn(request)
  const secret = `embargoed-${Date.now().toString(36)}`
  const draft = await newsroom.story({ tags: [secret], _status: 'draft' })
  for (const path of [
    '/military/topics/no-such-topic',
    '/military/topics/Air-Defence',
    '/military/topics/air%20defence',
    `/military/topics/${secret}`,
    `/military/topics/${secret}/feed.xml`,
  ]) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(404)
    // The address itself comes back in Next.js's router state; the draft's headline must not.
    expect(await response.text(), path).not.toContain(draft.title)
  }
})

test('should serve a topic’s own RSS feed and list topics in the sitemap', async ({ request }) => {
  const feed = await request.get(`${AIR_DEFENCE}/feed.xml`)
  expect(feed.status()).toBe(200)
  expect(feed.headers()['content-type']).toContain('application/rss+xml')
  const xml = await feed.text()
  expect(xml).toMatch(/<title>(<!\[CDATA\[)?Dispatch · Military · air defence(\]\]>)?<\/title>/)
  const links = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => m[1])
  expect(links.length).toBeGreaterThan(0)
  expect(links.every((link) => link?.includes('/military/'))).toBe(true)
  expect(links).toContainEqual(expect.stringContaining(DEMO_LEAD))

  const sitemap = await (await request.get('/sitemap.xml')).text()
  expect(sitemap).toContain(`${AIR_DEFENCE}</loc>`)
  expect(sitemap).toContain('/military/topics/land-warfare</loc>')
})

test('should keep a screenshot of a topic page', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto('/military/topics/procurement')
  await expect(page.locator('main article.card img').first()).toBeVisible()
  await page.screenshot({ path: 'docs/images/reader-topic.png', fullPage: true })
})
