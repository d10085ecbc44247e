import { expect, test } from '@playwright/test'

test('should show the Military front with the demo stories', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Military' })).toBeVisible()
  await expect(page.locator('article.card')).toHaveCount(12)
})

test('should open an article with its date, byline, views and credit line', async ({ page }) => {
  await page.goto('/')
  const first = page.locator('article.card h2 a').first()
  const headline = await first.textContent()
  await first.click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline ?? '')
  await expect(page.getByText(/^Published On \w{3}, \d{1,2} \w{3} \d{4}$/)).toBeVisible()
  await expect(page.locator('.byline a').first()).toBeVisible()
  await expect(page.getByText(/^\d+ Views?$/)).toBeVisible()
  await expect(page.getByText(/^This image is taken from /)).toBeVisible()
  await expect(page.locator('.body h2').first()).toBeVisible()
})

test('should answer an unknown article with a real 404', async ({ page }) => {
  const response = await page.goto('/military/no-such-story')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
})
