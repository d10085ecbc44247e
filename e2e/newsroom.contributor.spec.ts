import { expect, test } from '@playwright/test'

import { createAccount, signIn } from './support/admin'
import { Newsroom } from './support/content'
import { storedArticle } from './support/newsroom'

// Its own documentation-range address (read from X-Forwarded-For, as behind a proxy): the sign-ins
// here do not use up the per-address sign-in allowance the other specs share.
test.use({ extraHTTPHeaders: { 'X-Forwarded-For': '198.18.10.1' } })

test('should let a contributor write and submit a draft, with no way to publish', async ({
  page,
  request,
  playwright,
  baseURL,
}) => {
  const stamp = Date.now()
  const newsroom = await Newsroom.signIn(request)
  const [, , contributor] = await Promise.all([
    newsroom.author(`Lena Varga ${stamp}`),
    newsroom.image(`Border crossing at night ${stamp}`),
    createAccount(request, 'contributor'),
  ])
  const title = `Border guards get thermal cameras ${stamp}`

  await signIn(page, contributor)
  await page.goto('/admin/collections/articles/create')
  await page.waitForURL(/\/admin\/collections\/articles\/[0-9a-f-]{24,36}$/)
  const id = page.url().split('/').pop() ?? ''

  await page.locator('#field-title').fill(title)
  await expect(page.getByTestId('character-count-title')).toHaveText(`${title.length} / 200`)
  const dek = 'Forty new posts watch the frontier after dark.'
  await page.locator('#field-excerpt').fill(dek)
  await expect(page.getByTestId('character-count-excerpt')).toHaveText(`${dek.length} / 300`)

  await page
    .locator('#field-heroImage')
    .getByRole('button', { name: 'Choose from existing' })
    .click()
  await page.getByPlaceholder(/^Search by Alt/).fill(String(stamp))
  // The filename opens the picture into the field.
  await page
    .getByText(/^e2e-\d+\.png$/)
    .first()
    .click()
  await expect(page.locator('#field-heroImage')).toContainText('e2e-')
  await page.locator('#field-authors .rs__control').click()
  await page.keyboard.type(`Lena Varga ${stamp}`)
  await page.locator('.rs__option', { hasText: `Lena Varga ${stamp}` }).click()
  await expect(page.locator('.autosave')).toContainText(/Last saved/, { timeout: 15_000 })

  // No Publish (and so no Schedule) for a contributor: Submit for review instead.
  await expect(page.locator('#action-save')).toHaveCount(0)
  const submit = page.locator('#action-submit-for-review')
  await expect(submit).toHaveText('Submit for review')
  await submit.click()
  await expect(submit).toHaveText('Submitted for review')
  await page.screenshot({ path: 'docs/images/newsroom-contributor-submit.png' })

  const draft = await storedArticle(request, id)
  expect(draft.workflow).toBe('in-review')
  expect(draft._status).toBe('draft')

  // The contributor's desk lists it as their draft.
  await page.goto('/admin')
  await expect(page.locator('[data-desk="my-drafts"]')).toContainText(title)

  // The server refuses a publish through REST and GraphQL as well.
  const api = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { 'X-Forwarded-For': '198.18.10.1' },
  })
  const login = await api.post('/api/users/login', { data: contributor })
  const headers = { Authorization: `JWT ${(await login.json()).token}` }
  const rest = await api.patch(`/api/articles/${id}`, {
    headers,
    data: { _status: 'published' },
  })
  expect(rest.status()).toBe(403)
  const graphql = await api.post('/api/graphql', {
    headers,
    data: {
      query: `mutation { updateArticle(id: "${id}", data: { _status: published }) { id _status } }`,
    },
  })
  const answer = await graphql.json()
  expect(answer.errors?.[0]?.message).toMatch(/not allowed/i)
  const ready = await api.patch(`/api/articles/${id}?draft=true`, {
    headers,
    data: { workflow: 'ready' },
  })
  expect(ready.status()).toBe(400)
  await api.dispose()

  expect((await storedArticle(request, id))._status).toBe('draft')
})
