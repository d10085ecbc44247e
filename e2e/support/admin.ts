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

/** Waits for Payload's success toast after a save (longer where a spec saves under load). */
export async function expectSaved(page: Page, timeout?: number) {
  await expect(page.locator('.payload-toast-container .toast-success').first()).toBeVisible({
    timeout,
  })
}

/**
 * A request context signed in as a new account of `role`, sending its JWT on every request (a
 * test client sends no `Origin` or `Sec-Fetch-Site`, so the session cookie alone is not honoured).
 */
export async function signedInRequest(
  playwright: { request: { newContext(options: object): Promise<APIRequestContext> } },
  baseURL: string | undefined,
  role: 'editor' | 'contributor',
): Promise<APIRequestContext> {
  const setup = await playwright.request.newContext({ baseURL })
  const account = await createAccount(setup, role)
  const login = await setup.post('/api/users/login', { data: account })
  expect(login.ok()).toBeTruthy()
  const { token } = await login.json()
  await setup.dispose()
  return playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { Authorization: `JWT ${token}` },
  })
}
