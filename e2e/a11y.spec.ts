import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'

const PAGES = [
  '/',
  '/military/europe-races-to-refill-air-defence-interceptor-stocks',
  '/authors/helen-marsh',
  '/search?q=drones',
  '/military/topics/air-defence',
]

/** axe's serious and critical findings on the page as it is now, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze()
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
}

for (const path of PAGES) {
  test(`should have no serious or critical accessibility violations on ${path}`, async ({
    page,
  }) => {
    await page.goto(path)
    expect(await seriousViolations(page)).toEqual([])
  })
}

// The same pages in the reader's dark colour scheme: contrast is checked again in those colours.
test.describe('in the dark colour scheme', () => {
  test.use({ colorScheme: 'dark' })
  for (const path of PAGES) {
    test(`should have no serious or critical accessibility violations on ${path} in dark mode`, async ({
      page,
    }) => {
      await page.goto(path)
      expect(await seriousViolations(page)).toEqual([])
    })
  }
})
