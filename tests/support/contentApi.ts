import * as articleRoute from '../../app/(content-api)/api/v1/military/articles/[slug]/route'
import * as articlesRoute from '../../app/(content-api)/api/v1/military/articles/route'
import * as viewRoute from '../../app/(content-api)/api/v1/articles/[id]/view/route'
import * as authorRoute from '../../app/(content-api)/api/v1/authors/[slug]/route'
import * as authorsRoute from '../../app/(content-api)/api/v1/authors/route'
import * as docsRoute from '../../app/(content-api)/api/v1/docs/route'
import * as openApiRoute from '../../app/(content-api)/api/v1/openapi.json/route'
import * as tagsRoute from '../../app/(content-api)/api/v1/tags/route'
import * as unknownRoute from '../../app/(content-api)/api/v1/[[...path]]/route'

type RouteModule = Record<string, unknown>

/** The content API's routes, matched as Next.js would (specific routes before the catch-all). */
const ROUTES: [RegExp, RouteModule, string[]][] = [
  [/^\/api\/v1\/military\/articles$/, articlesRoute, []],
  [/^\/api\/v1\/military\/articles\/([^/]+)$/, articleRoute, ['slug']],
  [/^\/api\/v1\/authors$/, authorsRoute, []],
  [/^\/api\/v1\/authors\/([^/]+)$/, authorRoute, ['slug']],
  [/^\/api\/v1\/tags$/, tagsRoute, []],
  [/^\/api\/v1\/articles\/([^/]+)\/view$/, viewRoute, ['id']],
  [/^\/api\/v1\/openapi\.json$/, openApiRoute, []],
  [/^\/api\/v1\/docs$/, docsRoute, []],
  [/^\/api\/v1\/(.+)$/, unknownRoute, ['path']],
]

export const ORIGIN = 'http://localhost:3000'

/** A visitor's headers, as a browser behind the site's own proxy would send them. */
export const browser = (address = '203.0.113.7') => ({
  'user-agent':
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36',
  'x-forwarded-for': address,
})

/**
 * Calls the content API's route handlers in-process, as Next.js does for a request: the real
 * handlers, schemas and database, without a server. Works as a `fetch` for typed clients too.
 */
export async function apiFetch(input: string | URL | Request, init?: RequestInit) {
  const request = input instanceof Request ? input : new Request(new URL(input, ORIGIN), init)
  const url = new URL(request.url)
  for (const [pattern, route, names] of ROUTES) {
    const match = url.pathname.match(pattern)
    if (!match) continue
    const params = Object.fromEntries(
      names.map((name, index) => {
        const value = decodeURIComponent(match[index + 1] ?? '')
        return [name, name === 'path' ? value.split('/') : value]
      }),
    )
    const handler = route[request.method] as
      ((request: Request, context: { params: Promise<unknown> }) => Promise<Response>) | undefined
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
