import createClient from 'openapi-fetch'

import type { paths } from './generated/contentApi'

/**
 * A typed content API client, as a consumer would write one from the generated types: paths,
 * parameters and responses are checked by the compiler against the OpenAPI document.
 */
export function createContentApiClient(
  baseUrl: string,
  fetch?: (request: Request) => Promise<Response>,
) {
  return createClient<paths>({ baseUrl, fetch })
}

export type ContentApiClient = ReturnType<typeof createContentApiClient>
