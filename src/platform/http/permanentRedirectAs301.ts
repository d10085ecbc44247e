import type { IncomingMessage, ServerResponse } from 'node:http'

/**
 * Next.js answers a permanent redirect with 308; for GET and HEAD, 308 and 301 mean the same,
 * and 301 is the one every crawler, feed reader and old client follows and credits to the new
 * address. Moved stories and authors (src/site/redirectIfMoved.ts) rely on this.
 */
export function answerPermanentRedirectsWith301(
  request: IncomingMessage,
  response: ServerResponse,
): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') return
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse
  response.writeHead = ((status: number, ...rest: unknown[]) => {
    if (status === 308) {
      response.statusMessage = 'Moved Permanently'
      // A redirect thrown while rendering the page and its metadata sets Location twice.
      const location = response.getHeader('location')
      if (Array.isArray(location)) response.setHeader('location', location[0] ?? '')
    }
    return writeHead(status === 308 ? 301 : status, ...rest)
  }) as ServerResponse['writeHead']
}
