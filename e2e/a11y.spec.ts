import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

const PAGES = [
  '/',
  '/military/europe-races-to-refill-air-defence-interceptor-stocks',
  '/authors/helen-marsh',
  '/search?q=drones',
]

for (const path of PAGES) {
  test(`should have no serious or critical accessibility violations on ${path}`, async ({
    page,
  }) => {
    await page.goto(path)
    const { violations } = await new AxeBuilder({ page }).analyze()
    const serious = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
    expect(serious).toEqual([])
  })
}
