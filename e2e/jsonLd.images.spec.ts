import { expect, test } from '@playwright/test'

const DEMO_LEAD = '/military/europe-races-to-refill-air-defence-interceptor-stocks'

type Graph = { '@type'?: string; image?: string[] }

test('should offer 16:9, 4:3 and 1:1 pictures in a demo story’s NewsArticle', async ({
  page,
  request,
}) => {
  await page.goto(DEMO_LEAD)
  const blocks = await page
    .locator('script[type="application/ld+json"]')
    .evaluateAll((scripts) => scripts.map((script) => script.textContent ?? ''))
  const graphs = blocks.flatMap((text) => [JSON.parse(text)].flat() as Graph[])
  const article = graphs.find((graph) => graph['@type'] === 'NewsArticle')
  expect(article?.image).toHaveLength(3)
  const sizes = (article?.image ?? []).map((url) => url.match(/-(\d+)x(\d+)\.jpg$/)?.slice(1))
  expect(sizes).toEqual([
    ['1200', '675'],
    ['1200', '900'],
    ['1200', '1200'],
  ])
  for (const url of article?.image ?? []) {
    const picture = await request.get(url)
    expect(picture.status(), url).toBe(200)
    expect(picture.headers()['content-type'], url).toBe('image/jpeg')
  }
})
