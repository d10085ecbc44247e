import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'

import { Newsroom, simpleBody } from './support/content'

const DEMO_LEAD = '/military/europe-races-to-refill-air-defence-interceptor-stocks'

test('should show the Military front: a lead story, three more with pictures, then the latest, 12 a page, newest first', async ({
  page,
}) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Military' })).toBeVisible()
  const cards = page.locator('main article.card')
  await expect(cards).toHaveCount(12)
  await expect(cards.first()).toHaveClass(/lead/)
  const dates = await page
    .locator('main article.card time')
    .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''))
  expect(dates).toEqual([...dates].sort().reverse())
  await expect(cards.first().locator('img')).toBeVisible()
  // A story nobody has read yet says nothing of views (the count itself: 'should count a new visitor').
  await expect(page.locator('main')).not.toContainText(/\b0 Views\b/)
  const topStories = page.getByRole('region', { name: 'Top stories' })
  await expect(topStories.locator('article.card.secondary')).toHaveCount(3)
  for (const picture of await topStories.locator('article.card.secondary img').all()) {
    await expect(picture).toBeVisible()
  }
  const latest = page.getByRole('region', { name: 'Latest' })
  await expect(latest.locator('article.card')).toHaveCount(8)
  await expect(page.locator('link[rel="next"]')).toHaveAttribute('href', '/military/page/2')
})

test('should paginate the front with rel links and 404 past the end', async ({ page }) => {
  await page.goto('/military')
  await page.getByRole('link', { name: 'Older →' }).click()
  await expect(page).toHaveURL(/\/military\/page\/2$/)
  await expect(page.locator('link[rel="prev"]')).toHaveAttribute('href', '/military')
  const onPage2 = await page.locator('main article.card').count()
  expect(onPage2).toBeGreaterThan(0)
  expect(onPage2).toBeLessThanOrEqual(12)
  for (const path of ['/military/page/99', '/military/page/0', '/military/page/02']) {
    expect((await page.goto(path))?.status(), path).toBe(404)
  }
})

test('should lay out an article page as designed, top to bottom', async ({ page }) => {
  await page.goto(DEMO_LEAD)
  const main = page.locator('main')
  const parts = [
    main.locator('.section-label a', { hasText: 'Military' }),
    main.getByRole('heading', { level: 1 }),
    main.locator('.dek'),
    main.getByText(/^Published On \w{3}, \d{1,2} \w{3} \d{4}$/),
    main.locator('.byline'),
    main.getByTestId('views'),
    main.getByRole('navigation', { name: 'Share this story' }),
    main.locator('figure.hero'),
    main.locator('.body'),
    main.getByRole('navigation', { name: 'Topics' }),
    main.locator('aside.related'),
  ]
  const tops: number[] = []
  for (const part of parts) {
    await expect(part).toBeVisible()
    tops.push((await part.boundingBox())?.y ?? -1)
  }
  expect(tops).toEqual([...tops].sort((a, b) => a - b))

  await expect(page.locator('h1')).toHaveCount(1)
  await expect(main.locator('.section-label a')).toHaveAttribute('href', '/military')
  await expect(main.locator('time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/)
  await expect(main.locator('.byline a').first()).toHaveAttribute('href', /^\/authors\/[a-z0-9-]+$/)
  await expect(main.locator('.byline')).toContainText('Defence Correspondent')
  await expect(main.getByTestId('views')).toHaveText(/^\d[\d,]* Views?$/)
  await expect(main.locator('figure.hero figcaption')).toContainText(
    'This image is taken from Al Jazeera',
  )
  const hero = main.locator('figure.hero img')
  await expect(hero).toHaveAttribute('fetchpriority', 'high')
  await expect(hero).toHaveAttribute('width', /\d+/)
  expect(await hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(
    true,
  )
  expect(await main.locator('.body h2').count()).toBeGreaterThan(1)
  await expect(main.locator('aside.related li')).toHaveCount(3)
  expect(await main.locator('aside.related a').first().getAttribute('href')).not.toBe(DEMO_LEAD)
})

test('should offer share links that work without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(DEMO_LEAD)
  const url = encodeURIComponent(`${baseURL}${DEMO_LEAD}`)
  const share = page.getByRole('navigation', { name: 'Share this story' })
  await expect(share.getByRole('link', { name: 'Share on X' })).toHaveAttribute(
    'href',
    new RegExp(`^https://x\\.com/intent/post\\?url=${escape(url)}&text=`),
  )
  await expect(share.getByRole('link', { name: 'Share on Facebook' })).toHaveAttribute(
    'href',
    `https://www.facebook.com/sharer/sharer.php?u=${url}`,
  )
  await expect(share.getByRole('link', { name: 'Share on LinkedIn' })).toHaveAttribute(
    'href',
    `https://www.linkedin.com/sharing/share-offsite/?url=${url}`,
  )
  await expect(share.getByRole('link', { name: 'Share on WhatsApp' })).toHaveAttribute(
    'href',
    new RegExp(`^https://wa\\.me/\\?text=.*${escape(url)}$`),
  )
  await expect(share.getByRole('link', { name: 'Share by email' })).toHaveAttribute(
    'href',
    new RegExp(`^mailto:\\?subject=.+&body=${escape(url)}$`),
  )
  await context.close()
})

function escape(value: string) {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

test('should copy the article link and say so', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] })
  const page = await context.newPage()
  await page.goto(DEMO_LEAD)
  await page.getByRole('button', { name: 'Copy link' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${DEMO_LEAD}`)
  await context.close()
})

test('should count a new visitor once, not each reload', async ({ browser }) => {
  const views = async (page: Page) => {
    const text = await page.getByTestId('views').textContent()
    return Number(text?.replace(/\D/g, ''))
  }
  const countAfterLoad = async (page: Page) => {
    const counted = page.waitForResponse((r) => r.url().includes('/view') && r.ok())
    await page.goto(DEMO_LEAD)
    await counted
    // The island shows the server's count once it answers.
    await page.waitForTimeout(100)
    return views(page)
  }
  const first = await browser.newContext()
  const firstPage = await first.newPage()
  const afterFirstVisit = await countAfterLoad(firstPage)
  expect(await countAfterLoad(firstPage)).toBe(afterFirstVisit)

  const second = await browser.newContext()
  expect(await countAfterLoad(await second.newPage())).toBe(afterFirstVisit + 1)
  await first.close()
  await second.close()
})

test('should answer drafts, other desks, future stories and unknown slugs with a 404 page', async ({
  page,
  request,
}) => {
  const newsroom = await Newsroom.signIn(request)
  const draft = await newsroom.story({ _status: 'draft' })
  const politics = await newsroom.story({ section: 'politics' })
  const future = await newsroom.story({
    publishedAt: new Date(Date.now() + 86_400_000).toISOString(),
  })
  for (const slug of [draft.slug, politics.slug, future.slug, 'no-such-story', 'Bad_Slug!']) {
    const response = await page.goto(`/military/${encodeURIComponent(slug)}`)
    expect(response?.status(), slug).toBe(404)
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  }
})

test('should answer a malformed address with a 400 page, not a server error', async ({
  request,
}) => {
  for (const path of ['/military/%E0%A4%A', '/authors/%ZZ']) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(400)
    expect(await response.text()).toContain('This web address is not valid.')
  }
})

test('should show an author page with profile and their stories', async ({ page }) => {
  await page.goto(DEMO_LEAD)
  const author = page.locator('.byline a').first()
  const name = (await author.textContent()) ?? ''
  await author.click()
  await expect(page).toHaveURL(/\/authors\/[a-z0-9-]+$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name)
  await expect(page.locator('.author-profile')).toContainText(/Correspondent|Analyst|Editor/)
  await expect(page.getByRole('heading', { name: `Stories by ${name}` })).toBeVisible()
  expect(await page.locator('main article.card').count()).toBeGreaterThan(0)
  await expect(page.locator('main')).not.toContainText('@')
  expect((await page.goto('/authors/nobody-by-that-name'))?.status()).toBe(404)
})

test('should search title, dek and body text in any case, keeping the query', async ({
  page,
  request,
}) => {
  const newsroom = await Newsroom.signIn(request)
  const word = `zephyrine${Date.now()}`
  const story = await newsroom.story({
    body: simpleBody('Heading', `A ${word} appears here.`),
  })
  await page.goto('/search')
  await expect(page.getByText('Type a word or phrase')).toBeVisible()
  await page.getByLabel('Search Military stories').fill(word.toUpperCase())
  await page.getByRole('button', { name: 'Search' }).click()
  await expect(page).toHaveURL(/\/search\?q=/)
  await expect(page.getByLabel('Search Military stories')).toHaveValue(word.toUpperCase())
  await expect(page.getByRole('status')).toHaveText(/^1 story matches/)
  // Search results have no lead story: each headline is an h2 under the page's h1.
  await expect(page.locator('main article.card h2 a')).toHaveText(story.title)

  await page.goto('/search?q=drones')
  await expect(page.locator('main article.card').first()).toBeVisible()
  await page.goto('/search?q=nothing-matches-this-xyzzy')
  await expect(page.getByRole('status')).toContainText('No stories match')
})

test('should keep any characters a reader searches for, and page through results', async ({
  page,
}) => {
  for (const words of ['a/b 100% ?#&', 'Ünïcode “quotes”', '<script>alert(1)</script>']) {
    await page.goto(`/search?q=${encodeURIComponent(words)}`)
    await expect(page.getByLabel('Search Military stories')).toHaveValue(words)
    await expect(page).toHaveTitle(`Search: ${words} · Dispatch`)
    await expect(page.getByRole('status')).toContainText(`No stories match “${words}”`)
  }
  await page.goto('/search?q=the')
  const firstPage = await page.locator('main article.card h2 a').allTextContents()
  await page.goto('/search?q=the&page=2')
  await expect(page.getByLabel('Search Military stories')).toHaveValue('the')
  const secondPage = await page.locator('main article.card h2 a').allTextContents()
  expect(secondPage.length).toBeGreaterThan(0)
  expect(secondPage.filter((title) => firstPage.includes(title))).toEqual([])
})

test('should keep screenshots of an article at phone and desktop widths', async ({ page }) => {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 })
    await page.goto(DEMO_LEAD)
    await expect(page.locator('figure.hero img')).toBeVisible()
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow, `horizontal scroll at ${width}px`).toBeLessThanOrEqual(0)
    await page.screenshot({ path: test.info().outputPath(`article-${width}.png`), fullPage: true })
  }
})
