import { randomUUID } from 'node:crypto'
import type { IncomingMessage, Server } from 'node:http'

import { requestOwnPage } from '@/platform/http/requestOwnPage'

import { badRequestDocument } from './badRequestDocument'
import { withoutScripts } from './withoutScripts'

/** A path no route matches: Next.js answers it with app/global-not-found.tsx. */
const UNMATCHED_PATH = '/_dispatch/not-found'
const PROBE_HEADER = 'x-dispatch-not-found-probe'

export type ReaderErrorDocuments = {
  /** The site's 404 document, static; null while it cannot be had. */
  notFound(): Promise<string | null>
  /** The site's 400 document for a web address that cannot be decoded; null as above. */
  badRequest(): Promise<string | null>
  /** Whether a request is this server asking itself for the 404 (it must get Next's own). */
  isProbe(request: IncomingMessage): boolean
}

/**
 * The documents `server.ts` sends for reader pages' 404s and 400s, taken once from the site's
 * own global 404 page (so they carry its header, footer and stylesheet) and kept for the life
 * of the process: the build they come from does not change under it. A failed attempt is
 * logged and tried again on the next request.
 */
export function readerErrorDocuments(server: Server): ReaderErrorDocuments {
  // Per process: a client sending the header cannot turn the replacement off.
  const token = randomUUID()
  let loading: Promise<string | null> | null = null

  const load = async (): Promise<string | null> => {
    const page = await requestOwnPage(server, UNMATCHED_PATH, { [PROBE_HEADER]: token })
    const isUsable =
      page.status === 404 && page.contentType.startsWith('text/html') && /<main\b/.test(page.body)
    if (!isUsable)
      throw new Error(`The global 404 page answered ${page.status} ${page.contentType}`)
    return withoutScripts(page.body)
  }

  const notFound = () => {
    loading ??= load().catch((err: unknown) => {
      console.error('Could not take the site’s 404 document; sending Next.js’s own', err)
      loading = null
      return null
    })
    return loading
  }

  return {
    notFound,
    badRequest: async () => {
      const document = await notFound()
      return document === null ? null : badRequestDocument(document)
    },
    isProbe: (request) => request.headers[PROBE_HEADER] === token,
  }
}
