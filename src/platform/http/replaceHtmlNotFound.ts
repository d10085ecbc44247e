import type { OutgoingHttpHeaders, ServerResponse } from 'node:http'

type Callback = (error?: Error | null) => void

const isHtml = (response: ServerResponse) =>
  String(response.getHeader('content-type') ?? '').startsWith('text/html')

const callbackIn = (args: unknown[]): Callback | undefined =>
  args.find((arg): arg is Callback => typeof arg === 'function')

/**
 * When the response turns out to be an HTML 404, its body is set aside and `documentFor()` is
 * sent instead, with the response's other headers (cache policy, security headers) kept. The
 * wrapper sits under Next.js's compression, so what it sets aside may be gzip: the encoding and
 * length headers are dropped with it and the document goes out as it is. If no document comes,
 * the response is sent as Next.js made it. Any other response passes through untouched.
 */
export function replaceHtmlNotFound(
  response: ServerResponse,
  documentFor: () => Promise<string | null>,
): void {
  const writeHead = response.writeHead
  const write = response.write
  const end = response.end
  let replacing = false
  const setAside: { chunk: unknown; encoding?: BufferEncoding }[] = []

  response.writeHead = function (this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    const headers = rest.find(
      (arg): arg is OutgoingHttpHeaders => typeof arg === 'object' && !Array.isArray(arg),
    )
    for (const [name, value] of Object.entries(headers ?? {})) {
      if (value !== undefined) this.setHeader(name, value)
    }
    this.statusCode = statusCode
    if (statusCode === 404 && isHtml(this)) {
      // Sent once the document is known, in `end`.
      replacing = true
      return this
    }
    if (typeof rest[0] === 'string') this.statusMessage = rest[0]
    return writeHead.call(this, statusCode)
  } as ServerResponse['writeHead']

  response.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    if (!this.headersSent && !replacing) this.writeHead(this.statusCode)
    if (!replacing) return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest)
    setAside.push({
      chunk,
      encoding: typeof rest[0] === 'string' ? (rest[0] as BufferEncoding) : undefined,
    })
    callbackIn(rest)?.()
    return true
  } as ServerResponse['write']

  response.end = function (this: ServerResponse, ...args: unknown[]) {
    if (!this.headersSent && !replacing) this.writeHead(this.statusCode)
    const callEnd = (...endArgs: unknown[]) =>
      (end as (...a: unknown[]) => ServerResponse).call(this, ...endArgs)
    if (!replacing) return callEnd(...args)
    const [chunk] = args
    if (chunk !== undefined && typeof chunk !== 'function') setAside.push({ chunk })
    const done = callbackIn(args)
    void documentFor()
      .catch(() => null)
      .then((document) => {
        if (document === null) {
          writeHead.call(this, 404)
          for (const part of setAside) {
            ;(write as (...a: unknown[]) => boolean).call(this, part.chunk, part.encoding)
          }
          callEnd(done)
          return
        }
        for (const name of ['content-encoding', 'content-length', 'etag', 'transfer-encoding']) {
          this.removeHeader(name)
        }
        this.setHeader('content-type', 'text/html; charset=utf-8')
        this.setHeader('content-length', Buffer.byteLength(document))
        writeHead.call(this, 404)
        callEnd(document, done)
      })
    return this
  } as ServerResponse['end']
}
