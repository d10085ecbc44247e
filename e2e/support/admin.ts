import type { APIRequestContext, Page } from '@playwright/test'
import { expect } from '@playwright/test'

import { E2E } from './settings'

export type Account = { email: string; password: string; name: string }

/** Creates an account with the given role through the REST API, signed in as the seeded admin. */
export async function createAccount(
  request: APIRequestContext,
  role: 'editor' | 'contributor',
): Promise<Account> {
  const login = await request.post('/api/users/login', { data: E2E.admin })
  expect(login.ok()).toBeTruthy()
  const { token } = await login.json()
  const account = {
    email: `${role}-${Date.now()}@dispatch.test`,
    password: `${role}-password-e2e`,
    name: `E2E ${role}`,
  }
  const created = await request.post('/api/users', {
    data: { ...account, roles: [role] },
    headers: { Authorization: `JWT ${token}` },
  })
  expect(created.status()).toBe(201)
  return account
}

export async function signIn(page: Page, account: { email: string; password: string }) {
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(account.email)
  await page.locator('#field-password').fill(account.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/admin$/)
}

/** Waits for Payload's success toast after a save. */
export async function expectSaved(page: Page) {
  await expect(page.locator('.payload-toast-container .toast-success').first()).toBeVisible()
}
