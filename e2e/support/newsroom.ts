import type { APIRequestContext } from '@playwright/test'
import { expect } from '@playwright/test'

import { E2E } from './settings'

/** Authorization headers for the seeded admin, to read drafts the way the admin does. */
export async function adminHeaders(request: APIRequestContext) {
  const login = await request.post('/api/users/login', { data: E2E.admin })
  expect(login.ok()).toBeTruthy()
  return { Authorization: `JWT ${(await login.json()).token}` }
}

/** A stored article as the newsroom sees it (latest draft included). */
export async function storedArticle(request: APIRequestContext, id: string) {
  const response = await request.get(`/api/articles/${id}?draft=true&depth=0`, {
    headers: await adminHeaders(request),
  })
  expect(response.ok()).toBeTruthy()
  return response.json()
}
