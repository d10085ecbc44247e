import { request as httpRequest } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export type OwnPage = { status: number; contentType: string; body: string }

/** Where this server can reach itself: loopback when it listens on every interface. */
function ownAddress(server: Server): { host: string; port: number } | null {
  const address = server.address() as AddressInfo | string | null
  if (!address || typeof address === 'string') return null
  const everyInterface = address.address === '::' || address.address === '0.0.0.0'
  return { host: everyInterface ? '127.0.0.1' : address.address, port: address.port }
}

/** GET one of this server's own pages, uncompressed, as a reader would get it. */
export function requestOwnPage(
  server: Server,
  path: string,
  headers: Record<string, string>,
): Promise<OwnPage> {
  const address = ownAddress(server)
  if (!address) return Promise.reject(new Error('The server is not listening yet'))
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      { ...address, path, method: 'GET', headers: { accept: 'text/html', ...headers } },
      (incoming) => {
        const chunks: Buffer[] = []
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
        incoming.on('error', reject)
        incoming.on('end', () =>
          resolve({
            status: incoming.statusCode ?? 0,
            contentType: String(incoming.headers['content-type'] ?? ''),
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        )
      },
    )
    outgoing.on('error', reject)
    outgoing.end()
  })
}
