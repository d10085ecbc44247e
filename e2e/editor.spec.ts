import { expect, test } from '@playwright/test'

import { createAccount, expectSaved, signIn } from './support/admin'
import { pngFile } from './support/files'

test.describe.configure({ mode: 'serial' })

test('should let an editor create an author, upload an image and publish an article', async ({
  page,
  request,
  playwright,
}) => {
  const editor = await createAccount(request, 'editor')
  const stamp = Date.now()
  const authorName = `Mara Okafor ${stamp}`
  const imageAlt = `Patrol boat at dawn ${stamp}`
  const title = `Coastal patrol fleet doubles its hours ${stamp}`

  await signIn(page, editor)

  await page.goto('/admin/collections/authors/create')
  await page.locator('#field-name').fill(authorName)
  await page.locator('#field-role').fill('Naval Correspondent')
  await page.locator('#action-save').click()
  await expectSaved(page)

  await page.goto('/admin/collections/media/create')
  await page.locator('input[type="file"]').setInputFiles(await pngFile(`patrol-${stamp}.png`))
  await page.locator('#field-alt').fill(imageAlt)
  await page.locator('#field-credit').fill('Al Jazeera')
  await page.locator('#action-save').click()
  await expectSaved(page)

  await page.goto('/admin/collections/articles/create')
  // Autosave creates the draft as soon as the editor opens the form.
  await page.waitForURL(/\/admin\/collections\/articles\/[0-9a-f-]{24,36}$/)
  await page.locator('#field-title').fill(title)
  await page
    .locator('#field-excerpt')
    .fill('The coastguard flies and sails twice as much as last year.')

  await page
    .locator('#field-heroImage')
    .getByRole('button', { name: 'Choose from existing' })
    .click()
  await page.getByPlaceholder(/^Search by Alt/).fill(String(stamp))
  await page.getByText(`patrol-${stamp}.png`).click()
  await expect(page.locator('#field-heroImage')).toContainText(`patrol-${stamp}`)

  await page.locator('#field-authors .rs__control').click()
  await page.keyboard.type(authorName)
  await page.locator('.rs__option', { hasText: authorName }).click()

  await page.locator('.field-type.rich-text-lexical [data-lexical-editor="true"]').click()
  await page.keyboard.type('## Twice the hours')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Patrol boats spent 4,100 hours at sea this year, up from 2,050.')

  await page.locator('#action-save').click()
  await expectSaved(page)
  await expect(page.locator('.doc-controls')).toContainText('Published')

  const anonymous = await playwright.request.newContext({
    baseURL: test.info().project.use.baseURL,
  })
  const response = await anonymous.get('/api/articles', {
    params: { 'where[title][equals]': title, depth: '1' },
  })
  const body = await response.json()
  expect(body.totalDocs).toBe(1)
  expect(body.docs[0].authors[0].name).toBe(authorName)
  expect(body.docs[0].heroImage.credit).toBe('Al Jazeera')
  expect(body.docs[0].publishedAt).toBeTruthy()
  await anonymous.dispose()
})

test('should keep an unpublished draft away from anonymous callers', async ({
  page,
  request,
  playwright,
}) => {
  const editor = await createAccount(request, 'editor')
  const title = `Unannounced frigate refit ${Date.now()}`
  await signIn(page, editor)

  await page.goto('/admin/collections/articles/create')
  await page.waitForURL(/\/admin\/collections\/articles\/[0-9a-f-]{24,36}$/)
  await page.locator('#field-title').fill(title)
  // Autosave keeps the draft; nothing is published.
  await expect(page.locator('.autosave')).toContainText(/Last saved/, { timeout: 15_000 })

  const anonymous = await playwright.request.newContext({
    baseURL: test.info().project.use.baseURL,
  })
  for (const draft of ['false', 'true']) {
    const response = await anonymous.get('/api/articles', {
      params: { 'where[title][equals]': title, draft },
    })
    expect((await response.json()).totalDocs).toBe(0)
  }
  const page404 = await anonymous.get(
    `/api/articles?where[title][like]=${encodeURIComponent('Unannounced')}`,
  )
  expect((await page404.json()).docs).toEqual([])
  await anonymous.dispose()
})
