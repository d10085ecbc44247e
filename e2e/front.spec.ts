import { expect, test } from '@playwright/test'

import { Newsroom } from './support/content'

// Its own documentation-range address, so the views counted here use no other spec's allowance.
test.use({ extraHTTPHeaders: { 'X-Forwarded-For': '198.18.21.4' } })

const READERS = 8
const DEMO_LEAD = '/military/europe-races-to-refill-air-defence-interceptor-stocks'

// "Most read" shows once someone has read a story this week: a reader reads one, and the desk's
// next publish refreshes the front's lists.
test.beforeAll(async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL })
  const newsroom = await Newsroom.signIn(request)
  const { docs } = await (
    await request.get(`/api/articles?where[slug][equals]=${DEMO_LEAD.split('/').pop()}&depth=0`)
  ).json()
  await request.post(`/api/v1/articles/${docs[0].id}/view`, {
    headers: { 'X-Forwarded-For': '198.18.21.5' },
  })
  await newsroom.story()
  await expect(async () => {
    const front = await (await request.get('/')).text()
    expect(front).toContain('id="most-read"')
  }).toPass({ timeout: 15_000 })
  await request.dispose()
})

test('should give every block of the front a named landmark and headings in order, none skipped', async ({
  page,
}) => {
  await page.goto('/')
  const regions = await page
    .locator('main section[aria-labelledby]')
    .evaluateAll((sections) =>
      sections.map((section) =>
        document.getElementById(section.getAttribute('aria-labelledby') ?? '')?.textContent?.trim(),
      ),
    )
  expect(regions).toEqual(['Top stories', 'Most read', 'Latest'])
  const levels = await page
    .locator('main :is(h1, h2, h3, h4, h5, h6)')
    .evaluateAll((headings) => headings.map((heading) => Number(heading.tagName.slice(1))))
  expect(levels[0]).toBe(1)
  expect(levels.filter((level) => level === 1)).toHaveLength(1)
  const skips = levels.filter((level, i) => i > 0 && level > (levels[i - 1] ?? 0) + 1)
  expect(skips).toEqual([])
  const lead = await page.locator('article.card.lead img').boundingBox()
  const secondary = await page.locator('article.card.secondary img').first().boundingBox()
  expect(lead?.width ?? 0).toBeGreaterThan((secondary?.width ?? 0) * 1.5)
})

test('should show the whole front without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/')
  await expect(page.locator('main article.card')).toHaveCount(12)
  await expect(page.locator('article.card.lead img')).toBeVisible()
  await expect(page.getByRole('region', { name: 'Most read' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Older →' })).toHaveAttribute(
    'href',
    '/military/page/2',
  )
  await context.close()
})

test("should list the week's most read stories on the front, refreshed when the desk publishes", async ({
  page,
  request,
  playwright,
  baseURL,
}) => {
  const newsroom = await Newsroom.signIn(request)
  const story = await newsroom.story()
  await page.goto('/')
  const mostRead = page.getByRole('region', { name: 'Most read' })
  await expect(mostRead.getByRole('link', { name: story.title })).toHaveCount(0)
  for (let reader = 1; reader <= READERS; reader++) {
    const browser = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { 'X-Forwarded-For': `198.18.21.${10 + reader}` },
    })
    const response = await browser.post(`/api/v1/articles/${story.id}/view`)
    expect((await response.json()).data.counted).toBe(true)
    await browser.dispose()
  }
  // Counting a view clears no cache; the desk's next publish refreshes the front's lists.
  await newsroom.story()
  await expect(async () => {
    await page.goto('/')
    await expect(mostRead.getByRole('link', { name: story.title })).toHaveAttribute(
      'href',
      `/military/${story.slug}`,
    )
  }).toPass({ timeout: 15_000 })
  const items = mostRead.locator('ol > li')
  expect(await items.count()).toBeLessThanOrEqual(5)
  expect((await page.goto('/military/page/2'))?.status()).toBe(200)
  await expect(page.getByRole('region', { name: 'Most read' })).toHaveCount(0)
})

test('should keep screenshots of the front at phone and desktop widths', async ({ page }) => {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 })
    await page.goto('/')
    await expect(page.locator('article.card.lead img')).toBeVisible()
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow, `horizontal scroll at ${width}px`).toBeLessThanOrEqual(0)
    if (width === 1280)
      await page.screenshot({ path: 'docs/images/reader-front.png', fullPage: true })
  }
})
