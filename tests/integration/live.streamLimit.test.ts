import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'

import { afterAll, describe, expect, it } from 'vitest'

import { env } from '@/platform/env'
import { CLIENT_ADDRESS_HEADER } from '@/platform/guard/clientAddressHeader'

import { GET } from '../../app/(frontend)/military/[slug]/live/route'
import { setupNewsroom } from '../support/newsroom'

const { fixtures } = await setupNewsroom()
const story = await fixtures.article({ liveStatus: 'open' })
const LIMIT = env.rateLimits.liveStreamsPerClient

/**
 * The live route behind node:http as server.ts serves it: the socket's peer address in the
 * private header, and the request aborted when the reader's connection closes.
 */
const server = http.createServer((incoming, outgoing) => {
  const closed = new AbortController()
  outgoing.on('close', () => closed.abort())
  const headers = new Headers({ [CLIENT_ADDRESS_HEADER]: incoming.socket.remoteAddress ?? '' })
  const request = new Request(`http://localhost${incoming.url}`, { headers, signal: closed.signal })
  void GET(request, { params: Promise.resolve({ slug: story.slug ?? '' }) }).then((response) => {
    outgoing.writeHead(response.status, Object.fromEntries(response.headers))
    if (response.body) Readable.fromWeb(response.body as never).pipe(outgoing)
    else outgoing.end()
  })
})
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
const { port } = server.address() as AddressInfo
afterAll(() => {
  server.closeAllConnections()
  return new Promise((resolve) => server.close(resolve))
})

type Stream = { status: number; close: () => Promise<void> }

/** Opens the stream over its own connection from `from` and waits for the status (and, on 200, the first event). */
function open(from = '127.0.0.1'): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      {
        host: '127.0.0.1',
        port,
        path: `/military/${story.slug}/live`,
        localAddress: from,
        agent: false,
      },
      (response) => {
        const close = () =>
          new Promise<void>((done) => {
            response.socket.once('close', () => done())
            request.destroy()
          })
        const status = response.statusCode ?? 0
        if (status !== 200) {
          response.resume()
          response.on('end', () => resolve({ status, close: async () => undefined }))
          return
        }
        response.once('data', () => resolve({ status, close }))
      },
    )
    request.on('error', reject)
  })
}

/** Waits until the server has noticed the closed connections (it frees their places on close). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 200))

describe('live page streams per client', () => {
  it('should refuse one client more open streams than the cap with a 429, and take more once some close', async () => {
    expect(LIMIT).toBe(20)
    const streams = await Promise.all(Array.from({ length: LIMIT + 5 }, () => open()))
    const accepted = streams.filter((stream) => stream.status === 200)
    expect(accepted).toHaveLength(LIMIT)
    expect(streams.filter((stream) => stream.status === 429)).toHaveLength(5)

    // Another client is not affected.
    const neighbour = await open('127.0.0.2')
    expect(neighbour.status).toBe(200)

    await Promise.all(accepted.slice(0, 3).map((stream) => stream.close()))
    await settle()
    const again = await Promise.all([open(), open(), open(), open()])
    expect(again.map((stream) => stream.status).sort()).toEqual([200, 200, 200, 429])

    await Promise.all([...accepted.slice(3), ...again, neighbour].map((stream) => stream.close()))
    await settle()
    const later = await Promise.all(Array.from({ length: LIMIT }, () => open()))
    expect(later.every((stream) => stream.status === 200)).toBe(true)
    await Promise.all(later.map((stream) => stream.close()))
  })
})
