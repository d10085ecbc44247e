/**
 * The production server: Next.js behind node:http, for one reason. Next.js keeps a client's own
 * X-Forwarded-For and adds the socket's address only when there is none, so the proxy cannot tell
 * a forged header from a real one. Here every request carries the socket's peer address in a
 * private header (whatever a client sent under that name is replaced), and
 * src/platform/guard/clientAddress.ts decides the client from it and TRUSTED_PROXIES. It also
 * answers methods Next.js cannot take (src/platform/http/methods.ts).
 *
 * It also gives reader pages' 404s their body. In a production build, a page that calls
 * `notFound()` answers 404 with an empty `<html id="__next_error__">` shell whose message exists
 * only in the React payload: blank without JavaScript, no `lang`. That is Next.js's own open
 * bug (vercel/next.js#62228; #98295 and #98954 were closed for their reproductions, not fixed),
 * and no placement of not-found.tsx or route setting avoids it, while unmatched URLs do render
 * app/global-not-found.tsx whole. So an HTML 404 on a reader path is sent as that document
 * (src/site/errorPages); the admin's and the APIs' 404s and the React payloads of client-side
 * navigation pass through as Next.js made them.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import type { ServerResponse } from 'node:http'
import path from 'node:path'

import next from 'next'

import { CLIENT_ADDRESS_HEADER } from './src/platform/guard/clientAddressHeader'
import {
  allowedMethodsFor,
  isPayloadRestHead,
  isSupportedMethod,
} from './src/platform/http/methods'
import { isMalformedPath } from './src/platform/http/isMalformedPath'
import { isNonCanonicalPictureRequest } from './src/platform/http/isNonCanonicalPictureRequest'
import { answerRefusedPicturesAsNotFound } from './src/platform/http/answerRefusedPicturesAsNotFound'
import { answerPermanentRedirectsWith301 } from './src/platform/http/permanentRedirectAs301'
import { malformedPathPage } from './src/site/malformedPathPage'
import { OPTIMISED_COPIES_DIR } from './collections/Media/optimisedCopies'
import { replaceHtmlNotFound } from './src/platform/http/replaceHtmlNotFound'
import { isReaderPagePath } from './src/site/errorPages/isReaderPagePath'
import { readerErrorDocuments } from './src/site/errorPages/readerErrorDocuments'

const port = Number(process.env.PORT ?? 3000)
// Unset: every interface, IPv4 and IPv6, as `next start` does.
const hostname = process.env.HOSTNAME || undefined

const dir = import.meta.dirname
// The Docker image runs this beside Next's standalone output, which has no next.config.ts: the
// resolved configuration is read from the build instead, as Next's own standalone server does.
const serverFiles = path.join(dir, '.next/required-server-files.json')
if (!existsSync(path.join(dir, 'next.config.ts')) && existsSync(serverFiles)) {
  const { config } = JSON.parse(readFileSync(serverFiles, 'utf8')) as { config: unknown }
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG ??= JSON.stringify(config)
}

// Resized pictures kept by an earlier run may be of pictures this database keeps private (after
// a restore or a re-seed, no hook saw them turn private): the optimiser starts with none.
rmSync(OPTIMISED_COPIES_DIR, { recursive: true, force: true })

const app = next({ dev: false, dir, hostname, port })
const handle = app.getRequestHandler()
await app.prepare()

const server = createServer((request, response) => {
  const pathname = (request.url ?? '/').split('?')[0] ?? '/'
  if (!isSupportedMethod(request.method)) {
    const allow = allowedMethodsFor(pathname).join(', ')
    response.writeHead(405, { Allow: allow, 'Content-Type': 'text/plain; charset=utf-8' })
    response.end(`Method ${request.method} is not allowed here. Allowed: ${allow}.\n`)
    return
  }
  // Under /api the guard answers these in each API's own error shape.
  if (isMalformedPath(pathname) && !pathname.startsWith('/api/')) {
    void sendBadRequest(response)
    return
  }
  if (isNonCanonicalPictureRequest(request.url ?? '/')) {
    response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' })
    response.end('"url" must name the picture in its plain spelling.\n')
    return
  }
  answerRefusedPicturesAsNotFound(pathname, response)
  if (isPayloadRestHead(request.method, pathname)) request.method = 'GET'
  request.headers[CLIENT_ADDRESS_HEADER] = request.socket.remoteAddress ?? ''
  if (isReaderPagePath(pathname) && !errorDocuments.isProbe(request)) {
    replaceHtmlNotFound(response, errorDocuments.notFound)
  }
  answerPermanentRedirectsWith301(request, response)
  void handle(request, response)
})
  // CONNECT (a tunnel request) never reaches the request handler: Node.js hands over the socket.
  .on('connect', (_request, socket) => {
    socket.end(
      `HTTP/1.1 405 Method Not Allowed\r\nAllow: ${allowedMethodsFor('/').join(', ')}\r\n` +
        'Content-Length: 0\r\nConnection: close\r\n\r\n',
    )
  })
  .listen(port, hostname, () => {
    console.log(`Dispatch listening on port ${port}`)
    // Taken now, so the first reader's 404 does not wait for it.
    void errorDocuments.notFound()
  })

const errorDocuments = readerErrorDocuments(server)

/** The site's 400 page, or the plain one while the site's frame cannot be had. */
async function sendBadRequest(response: ServerResponse) {
  const page = (await errorDocuments.badRequest()) ?? malformedPathPage()
  response.writeHead(400, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(page),
  })
  response.end(page)
}
