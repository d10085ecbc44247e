/**
 * The HTTP methods Dispatch answers. Anything else (TRACE, TRACK, CONNECT, WebDAV's PROPFIND,
 * invented names) gets a 405 from the server before Next.js sees it: Next.js builds a Fetch
 * Request for every request, and the Fetch standard forbids TRACE, TRACK and CONNECT, so those
 * used to end in a plain 500 on every route.
 */
export const SUPPORTED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']

const READ_METHODS = ['GET', 'HEAD', 'OPTIONS']

export const isSupportedMethod = (method: string | undefined): boolean =>
  SUPPORTED_METHODS.includes(method ?? '')

/** What a 405 for an unsupported method offers: reads on pages, the API's full set under /api. */
export const allowedMethodsFor = (pathname: string): string[] =>
  pathname.startsWith('/api/') ? SUPPORTED_METHODS : READ_METHODS

/**
 * Payload's REST handler routes by method and has no HEAD, so HEAD on a media file answered 404
 * while GET answered 200 (link checkers and feed readers then call every picture broken). Those
 * requests are handled as GET; Node.js still sends no body, because the response was created for
 * a HEAD request. The content API and pages answer HEAD themselves.
 */
export const isPayloadRestHead = (method: string | undefined, pathname: string): boolean =>
  method === 'HEAD' &&
  pathname.startsWith('/api/') &&
  !pathname.startsWith('/api/v1/') &&
  pathname !== '/api/graphql'
