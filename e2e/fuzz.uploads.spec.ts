import { readdirSync } from 'node:fs'
import path from 'node:path'

import type { APIRequestContext } from '@playwright/test'
import { expect, test } from '@playwright/test'
import fc from 'fast-check'

import { errorMessage, fuzz, nextAddress, recordRequests } from './support/fuzz'
import {
  badBytes,
  declaredType,
  hostileName,
  realOrDamagedPng,
  smallPng,
} from './support/hostileFiles'
import { adminHeaders } from './support/newsroom'
import { E2E } from './support/settings'

/**
 * Uploads of what is not an image (wrong magic bytes, SVG with script, empty, truncated, claimed
 * dimensions of a decompression bomb, oversize), and real images under hostile names.
 */

const BAD_FILE_RUNS = 70
const NAME_RUNS = 25
const MEDIA_DIR = path.join(E2E.scratchDir, 'media')

const filesInMediaDir = () => readdirSync(MEDIA_DIR, { recursive: true }).length

async function mediaCount(request: APIRequestContext, headers: Record<string, string>) {
  const response = await request.get('/api/media?limit=1&depth=0', { headers })
  return (await response.json()).totalDocs as number
}

test('should refuse files that are not images with a 4xx and store nothing', async ({
  request,
}) => {
  test.setTimeout(300_000)
  const admin = await adminHeaders(request)
  const realPng = await smallPng()
  const [countBefore, filesBefore] = [await mediaCount(request, admin), filesInMediaDir()]
  let requests = 0
  const upload = async (name: string, mimeType: string, buffer: Buffer) => {
    requests += 1
    const response = await request.post('/api/media', {
      headers: { ...admin, 'X-Forwarded-For': nextAddress() },
      multipart: {
        file: { name, mimeType, buffer },
        _payload: JSON.stringify({ alt: 'Hostile upload', credit: 'Fuzz' }),
      },
    })
    const text = await response.text()
    const what = `upload ${JSON.stringify(name).slice(0, 80)} (${mimeType}, ${buffer.length} bytes, starts ${buffer.subarray(0, 8).toString('hex')}) → ${response.status()}: ${text.slice(0, 200)}`
    expect(response.status(), what).toBeGreaterThanOrEqual(400)
    expect(response.status(), what).toBeLessThan(500)
    expect(errorMessage(JSON.parse(text)), what).not.toBeNull()
  }

  await fuzz(
    fc.record({ bytes: badBytes(realPng), name: hostileName, mimeType: declaredType }),
    BAD_FILE_RUNS,
    async ({ bytes, name, mimeType }) => upload(name, mimeType, bytes),
  )
  // Over the 10 MB limit, with a real PNG's first bytes.
  await upload('large.png', 'image/png', Buffer.concat([realPng, Buffer.alloc(11 * 1024 * 1024)]))

  expect(await mediaCount(request, admin)).toBe(countBefore)
  expect(filesInMediaDir()).toBe(filesBefore)
  recordRequests('uploads of bad files', requests)
})

test('should keep real (or damaged) images under hostile names inside the media folder', async ({
  request,
}) => {
  test.setTimeout(180_000)
  const admin = await adminHeaders(request)
  const png = await smallPng()
  const created: string[] = []
  let requests = 0
  try {
    const named = fc.record({ name: hostileName, bytes: realOrDamagedPng(png) })
    await fuzz(named, NAME_RUNS, async ({ name, bytes }) => {
      requests += 1
      const response = await request.post('/api/media', {
        headers: { ...admin, 'X-Forwarded-For': nextAddress() },
        multipart: {
          file: { name, mimeType: 'image/png', buffer: bytes },
          _payload: JSON.stringify({ alt: 'Hostile name', credit: 'Fuzz' }),
        },
      })
      const text = await response.text()
      const what = `upload named ${JSON.stringify(name).slice(0, 80)} → ${response.status()}: ${text.slice(0, 200)}`
      expect(response.status(), what).toBeLessThan(500)
      if (response.status() !== 201) {
        expect(errorMessage(JSON.parse(text)), what).not.toBeNull()
        return
      }
      const { doc } = JSON.parse(text) as { doc: { id: string; filename: string } }
      created.push(String(doc.id))
      expect(doc.filename, what).not.toMatch(/[/\\\u0000]/)
      expect(doc.filename, what).not.toMatch(/^\.\.?$/)
      expect(path.resolve(MEDIA_DIR, doc.filename).startsWith(`${MEDIA_DIR}${path.sep}`)).toBe(true)
      expect(readdirSync(MEDIA_DIR)).toContain(doc.filename)
    })
  } finally {
    for (const id of created) {
      expect((await request.delete(`/api/media/${id}`, { headers: admin })).status()).toBe(200)
    }
  }
  recordRequests('uploads under hostile names', requests)
})
