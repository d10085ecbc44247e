import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

export const ORIGIN = 'http://localhost:3000'

const HANDLERS = { GET: REST_GET, POST: REST_POST, PATCH: REST_PATCH, DELETE: REST_DELETE }

type RestInit = {
  method?: keyof typeof HANDLERS
  headers?: Record<string, string>
  /** Sent as JSON; a string is sent as it is (for malformed bodies). */
  body?: unknown
}

/** Payload's REST API in-process, called as Next.js calls it for a request to /api/... */
export async function rest(path: string, init: RestInit = {}): Promise<Response> {
  const method = init.method ?? 'GET'
  const url = new URL(path, ORIGIN)
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const body =
    init.body === undefined || typeof init.body === 'string' ? init.body : JSON.stringify(init.body)
  const request = new Request(url, {
    method,
    headers: { 'content-type': 'application/json', ...init.headers },
    body,
  })
  return HANDLERS[method](config)(request, { params: Promise.resolve({ slug }) })
}
