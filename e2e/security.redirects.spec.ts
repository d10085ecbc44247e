import type { APIRequestContext, APIResponse } from '@playwright/test'
import { expect, test } from '@playwright/test'

import { signedInRequest } from './support/admin'
import { HOSTILE_REDIRECTS } from './support/hostileRedirects'
import { E2E } from './support/settings'

/** Where a browser that received `response` goes next, as an origin. */
function redirectOrigin(response: APIResponse, baseURL: string): string {
  const location = response.headers()['location']
  expect(location, response.url()).toBeTruthy()
  return new URL(location ?? '', baseURL).origin
}

/** Sends the parameter both encoded and as typed (a browser leaves `\`, `@` and `:` as they are). */
const queryForms = (name: string, value: string) => [
  `${name}=${encodeURIComponent(value)}`,
  `${name}=${value.replace(/[\t\n\r #%]/g, (c) => encodeURIComponent(c))}`,
]

async function expectSameOriginRedirects(
  request: APIRequestContext,
  baseURL: string,
  path: string,
  parameter: string,
) {
  const origin = new URL(baseURL).origin
  for (const hostile of HOSTILE_REDIRECTS) {
    for (const query of queryForms(parameter, hostile)) {
      const response = await request.get(`${path}?${query}`, { maxRedirects: 0 })
      expect(response.status(), query).toBeGreaterThanOrEqual(300)
      expect(response.status(), query).toBeLessThan(400)
      expect(redirectOrigin(response, baseURL), `${path}?${query}`).toBe(origin)
    }
  }
}

test('should send exit-preview back to a path on this site only', async ({ request, baseURL }) => {
  await expectSameOriginRedirects(request, baseURL ?? E2E.baseURL, '/next/exit-preview', 'path')
  const back = await request.get('/next/exit-preview?path=/military/page/2?x=1', {
    maxRedirects: 0,
  })
  expect(back.headers()['location']).toBe('/military/page/2?x=1')
})

test("should keep the admin sign-in's redirect parameter on this site", async ({
  playwright,
  baseURL,
}) => {
  // Payload redirects a signed-in editor away from the sign-in page to `?redirect=`.
  const editor = await signedInRequest(playwright, baseURL, 'editor')
  const signedIn = await editor.get('/admin/login?redirect=%2Fadmin%2Faccount', {
    maxRedirects: 0,
  })
  expect(signedIn.headers()['location']).toBe('/admin/account')
  await expectSameOriginRedirects(editor, baseURL ?? E2E.baseURL, '/admin/login', 'redirect')
  await editor.dispose()
})
