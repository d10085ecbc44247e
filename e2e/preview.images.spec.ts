import { createHmac } from 'node:crypto'

import { expect, test } from '@playwright/test'

import { createAccount, signIn } from './support/admin'
import { Newsroom } from './support/content'
import { E2E } from './support/settings'

test('should show a draft’s new, still private picture to the editor previewing it', async ({
  page,
  request,
  playwright,
  baseURL,
}) => {
  const newsroom = await Newsroom.signIn(request)
  const story = await newsroom.story()
  const picture = (await newsroom.image('A picture only the draft shows')) as {
    id: string
    url: string
  }
  await newsroom.update(story.id, { heroImage: picture.id }, true)

  // Readers cannot fetch it: no published story shows it yet.
  const anonymous = await playwright.request.newContext({ baseURL })
  expect((await anonymous.get(picture.url)).status()).toBe(403)
  await anonymous.dispose()

  await signIn(page, await createAccount(request, 'editor'))
  const token = createHmac('sha256', E2E.secret).update(`preview:${story.slug}`).digest('base64url')
  await page.goto(`/next/preview?slug=${story.slug}&token=${token}`)
  const hero = page.locator('figure.hero img')
  await expect(hero).toHaveAttribute('alt', 'A picture only the draft shows')
  await expect
    .poll(() => hero.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth))
    .toBeGreaterThan(0)
})
