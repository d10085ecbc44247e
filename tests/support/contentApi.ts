import { CONTENT_API_ROUTES } from '@/content-api/routes/table'
import { CLIENT_ADDRESS_HEADER } from '@/platform/guard/clientAddressHeader'

import { isCatchAll, matchTemplate } from './matchTemplate'
import type { RouteHandler } from './routeFiles'
import { importRouteFile } from './routeFiles'

/** The table's path templates in the order Next.js tries them: specific routes before the catch-all. */
const TEMPLATES = Object.values(CONTENT_API_ROUTES)
  .map((route) => route.path)
  .sort((a, b) => Number(isCatchAll(a)) - Number(isCatchAll(b)))

export const ORIGIN = 'http://localhost:3000'

/** A visitor's headers, as a browser's request reaches the app through server.ts. */
export const browser = (address = '203.0.113.7') => ({
  'user-agent':
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36',
  [CLIENT_ADDRESS_HEADER]: address,
})

/**
 * Calls the content API's route handlers in-process, as Next.js does for a request: the real
 * handlers, schemas and database, without a server. Works as a `fetch` for typed clients too.
 */
export async function apiFetch(input: string | URL | Request, init?: RequestInit) {
  const request = input instanceof Request ? input : new Request(new URL(input, ORIGIN), init)
  const url = new URL(request.url)
  for (const template of TEMPLATES) {
    const params = matchTemplate(template, url.pathname)
    if (!params) continue
    const handler = (await importRouteFile(template))[request.method] as RouteHandler | undefined
    if (!handler) return new Response(null, { status: 405 })
    return handler(request, { params: Promise.resolve(params) })
  }
  throw new Error(`No content API route for ${url.pathname}`)
}

export async function getJson<T = unknown>(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: T; response: Response }> {
  const response = await apiFetch(path, { headers })
  return { status: response.status, body: (await response.json()) as T, response }
}
