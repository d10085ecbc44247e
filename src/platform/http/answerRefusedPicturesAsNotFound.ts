import type { ServerResponse } from 'node:http'

import { IMAGE_OPTIMISER_PATH } from './isNonCanonicalPictureRequest'

/**
 * The image optimiser answers with the status of the file it fetched, and Payload's file URL
 * answers 403 to anonymous callers both for a private picture and for one that does not exist.
 * Through the optimiser readers get 404 for both: a picture they may not see is, for them, not there.
 */
export function answerRefusedPicturesAsNotFound(pathname: string, response: ServerResponse): void {
  if (pathname !== IMAGE_OPTIMISER_PATH) return
  const writeHead = response.writeHead
  // Node.js writes the status through writeHead, also when a handler only set statusCode.
  response.writeHead = ((statusCode: number, ...rest: unknown[]) =>
    (writeHead as (...args: unknown[]) => ServerResponse).call(
      response,
      statusCode === 403 ? 404 : statusCode,
      ...rest,
    )) as ServerResponse['writeHead']
}
