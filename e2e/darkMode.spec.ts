import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'

/** Relative luminance of a computed `rgb(r, g, b)` colour, as WCAG defines it. */
const luminanceOf = (rgb: string) => {
  const [r = 0, g = 0, b = 0] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((value) => {
    const channel = value / 255
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

const coloursOf = (page: Page) =>
  page.evaluate(() => {
    const style = getComputedStyle(document.body)
    return { background: style.backgroundColor, text: style.color }
  })

test.describe('dark colour scheme', () => {
  test.use({ colorScheme: 'dark' })

  test('should follow the reader’s dark colour scheme with light text on a dark page', async ({
    page,
  }) => {
    await page.goto('/')
    const { background, text } = await coloursOf(page)
    expect(luminanceOf(background)).toBeLessThan(0.05)
    expect(luminanceOf(text)).toBeGreaterThan(0.6)
    await page.setViewportSize({ width: 1280, height: 900 })
    await expect(page.locator('article.card.lead img')).toBeVisible()
    await page.screenshot({ path: 'docs/images/reader-front-dark.png', fullPage: true })
  })
})

test('should stay light for a reader who asks for light', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'light' })
  const page = await context.newPage()
  await page.goto('/')
  const { background, text } = await coloursOf(page)
  expect(luminanceOf(background)).toBeGreaterThan(0.9)
  expect(luminanceOf(text)).toBeLessThan(0.05)
  await context.close()
})
