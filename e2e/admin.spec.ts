import { expect, test } from '@playwright/test'

import { signIn } from './support/admin'
import { E2E } from './support/settings'

const ADMIN_PAGES = [
  '/admin',
  '/admin/collections/articles',
  '/admin/collections/authors',
  '/admin/collections/media',
  '/admin/collections/users',
  '/admin/collections/articles/create',
  '/admin/account',
]

test('should show Dispatch branding on the sign-in page', async ({ page }) => {
  await page.goto('/admin/login')
  await expect(page).toHaveTitle(/Dispatch/)
  await expect(page.getByText('Dispatch', { exact: true })).toBeVisible()
})

test('should open every admin screen without a console error', async ({ page }) => {
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${page.url()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`))
  page.on('requestfailed', (request) => {
    // Anything leaving this machine (an avatar service, a font CDN) would fail offline.
    if (!request.url().startsWith(E2E.baseURL)) problems.push(`external request: ${request.url()}`)
  })

  await signIn(page, E2E.admin)
  for (const path of ADMIN_PAGES) {
    await page.goto(path)
    await page.waitForLoadState('networkidle')
  }
  expect(problems).toEqual([])
})

test('should list articles with their section, status and views', async ({ page }) => {
  await signIn(page, E2E.admin)
  await page.goto('/admin/collections/articles')
  const header = page.locator('table thead')
  for (const column of ['Title', 'Section', 'Authors', 'Status', 'Published At', 'Views']) {
    await expect(header).toContainText(column)
  }
})
