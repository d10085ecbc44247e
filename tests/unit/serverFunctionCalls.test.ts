import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createRequire } from 'node:module'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  SERVER_ACTION_BODY_LIMIT,
  handOverActionBody,
  isJsonServerActionCall,
  isServerFunctionCall,
  readActionBody,
} from '@/platform/http/serverFunctionCalls'

const META = Symbol.for('NextInternalRequestMeta')

/** What server.ts does with a Server Action call, answering what it would hand Next.js. */
let handedOver: Buffer | undefined
const server = createServer((request, response) => {
  if (!isJsonServerActionCall(request)) {
    response.writeHead(204).end()
    return
  }
  void readActionBody(request).then((body) => {
    if (!body || !isServerFunctionCall(body.toString('utf8'))) {
      response.writeHead(body ? 400 : 413).end()
      return
    }
    handOverActionBody(request, body)
    const meta = (request as IncomingMessage & { [META]?: { actionBody?: Buffer } })[META]
    handedOver = meta?.actionBody
    response.writeHead(200).end()
  })
})
let origin = ''
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const callAdmin = (body: string, contentType = 'text/plain;charset=UTF-8') =>
  fetch(`${origin}/admin`, {
    method: 'POST',
    headers: {
      'Next-Action': '40d6aafe9927362d3d1edbab72af212cf845085805',
      'Content-Type': contentType,
    },
    body,
  })

describe('Server Action bodies', () => {
  it('should accept what the admin sends: one { name, args } object', () => {
    expect(isServerFunctionCall('[{"name":"form-state","args":{"schemaPath":"users"}}]')).toBe(true)
    expect(isServerFunctionCall('[{"name":"get-default-layout"}]')).toBe(true)
  })

  it('should refuse anything else', () => {
    for (const body of [
      '',
      'junk',
      '[1]',
      '[]',
      '{}',
      '[null]',
      '[{"args":{}}]',
      '[{"name":""}]',
      '[{"name":1}]',
      '[{"name":"form-state","args":1}]',
      '[{"name":"form-state","args":[]}]',
      '[{"name":"form-state"},{"name":"form-state"}]',
    ]) {
      expect(isServerFunctionCall(body), body).toBe(false)
    }
  })

  it('should answer junk and [1] with 400 over HTTP, and hand a good call over whole', async () => {
    expect((await callAdmin('junk')).status).toBe(400)
    expect((await callAdmin('[1]')).status).toBe(400)
    const good = '[{"name":"form-state","args":{"note":"é"}}]'
    expect((await callAdmin(good)).status).toBe(200)
    expect(handedOver?.toString('utf8')).toBe(good)
  })

  it('should answer a body over the limit with 413', async () => {
    const big = `[{"name":"x","args":{"a":"${'a'.repeat(SERVER_ACTION_BODY_LIMIT)}"}}]`
    expect((await callAdmin(big)).status).toBe(413)
  })

  it('should leave multipart calls and requests without Next-Action to Next.js', async () => {
    expect((await callAdmin('junk', 'multipart/form-data; boundary=x')).status).toBe(204)
    const plain = await fetch(`${origin}/admin`, { method: 'POST', body: 'junk' })
    expect(plain.status).toBe(204)
  })

  it("should still be where Next.js reads an action's body already read", () => {
    // A tripwire for Next.js upgrades: server.ts hands the checked body over through this meta.
    const require = createRequire(import.meta.url)
    const handler = readFileSync(
      require.resolve('next/dist/server/app-render/action-handler.js'),
      'utf8',
    )
    expect(handler).toContain("getRequestMeta)(req, 'actionBody')")
    expect(readFileSync(require.resolve('next/dist/server/request-meta.js'), 'utf8')).toContain(
      "Symbol.for('NextInternalRequestMeta')",
    )
  })
})
