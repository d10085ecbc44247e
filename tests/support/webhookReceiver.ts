import http from 'node:http'
import type { AddressInfo } from 'node:net'

export type ReceivedPost = {
  at: number
  path: string
  headers: http.IncomingHttpHeaders
  body: string
}

/** How the receiver answers its n-th request: a status code, or `'hang'` to never answer. */
export type Answer = number | 'hang' | { status: number; location: string }

/**
 * A partner's webhook receiver on a loopback port: records every request and answers from the
 * script (the last answer repeats). Close it at the end of the test.
 */
export async function startReceiver(script: Answer[] = [200]) {
  const received: ReceivedPost[] = []
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      received.push({
        at: Date.now(),
        path: request.url ?? '/',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      })
      const answer = script[Math.min(received.length, script.length) - 1] ?? 200
      if (answer === 'hang') return
      if (typeof answer === 'number') return response.writeHead(answer).end()
      response.writeHead(answer.status, { Location: answer.location }).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    port,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
