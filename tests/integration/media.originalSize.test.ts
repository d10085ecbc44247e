import { stat } from 'node:fs/promises'
import path from 'node:path'

import config from '@payload-config'
import { REST_POST } from '@payloadcms/next/routes'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { MEDIA } from '@collections/slugs'
import { MAX_ORIGINAL_PIXELS } from '@collections/Media/hooks/limitOriginalPixels'
import type { Media } from '@/payload-types'
import { env } from '@/platform/env'

import { setupNewsroom } from '../support/newsroom'
import { ORIGIN } from '../support/rest'

const { payload, fixtures, users } = await setupNewsroom({ users: { editor: 'editor' } })

const { token } = await payload.login({
  collection: 'users',
  data: { email: users.editor.email, password: 'correct-horse-battery' },
})

/** A picture uploaded as the admin's form sends it: multipart to POST /api/media. */
async function uploadThroughRest(data: Buffer, name: string, mimetype: string): Promise<Media> {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)], { type: mimetype }), name)
  form.append('_payload', JSON.stringify({ alt: 'A large photo', credit: 'Own photo' }))
  const request = new Request(new URL('/api/media', ORIGIN), {
    method: 'POST',
    headers: { Authorization: `JWT ${token}` },
    body: form,
  })
  const response = await REST_POST(config)(request, { params: Promise.resolve({ slug: [MEDIA] }) })
  const body = (await response.json()) as { doc?: Media; errors?: unknown }
  expect(response.status, JSON.stringify(body.errors)).toBe(201)
  const media = body.doc as Media
  fixtures.track(MEDIA, media.id)
  return media
}

/** A camera-sized JPEG: soft blobs (small file, real pixels), optionally stored sideways with EXIF. */
async function largeJpeg(width: number, height: number, sideways = false): Promise<Buffer> {
  const blobs = await sharp({
    create: {
      width: 40,
      height: 30,
      channels: 3,
      background: '#000000',
      noise: { type: 'gaussian', mean: 128, sigma: 50 },
    },
  })
    .png()
    .toBuffer()
  const image = sharp(blobs).resize(width, height)
  return (
    sideways
      ? image.withMetadata({ orientation: 6, exif: { IFD0: { Artist: 'Jane Source' } } })
      : image
  )
    .jpeg({ quality: 80 })
    .toBuffer()
}

const stored = (media: Media) => sharp(path.join(env.mediaDir, media.filename ?? '')).metadata()

describe('originals above the pixel limit', () => {
  it('should store a 35-megapixel upload within the pixel limit, same shape', async () => {
    const media = await uploadThroughRest(await largeJpeg(7000, 5000), 'large.jpg', 'image/jpeg')
    const onDisk = await stored(media)
    const pixels = (onDisk.width ?? 0) * (onDisk.height ?? 0)
    expect(pixels).toBeLessThanOrEqual(MAX_ORIGINAL_PIXELS)
    expect(pixels).toBeGreaterThan(MAX_ORIGINAL_PIXELS * 0.98)
    expect([media.width, media.height]).toEqual([onDisk.width, onDisk.height])
    expect((onDisk.width ?? 0) / (onDisk.height ?? 1)).toBeCloseTo(7000 / 5000, 2)
    expect(onDisk.format).toBe('jpeg')
    expect(media.filesize).toBe((await stat(path.join(env.mediaDir, media.filename ?? ''))).size)
  })

  it('should keep a large sideways photo upright and without EXIF after resizing it', async () => {
    const media = await uploadThroughRest(
      await largeJpeg(7000, 5000, true),
      'sideways.jpg',
      'image/jpeg',
    )
    const onDisk = await stored(media)
    expect(onDisk.height ?? 0).toBeGreaterThan(onDisk.width ?? 0)
    expect((onDisk.width ?? 0) * (onDisk.height ?? 0)).toBeLessThanOrEqual(MAX_ORIGINAL_PIXELS)
    expect(onDisk.orientation ?? 1).toBe(1)
    expect(onDisk.exif).toBeUndefined()
  })

  it('should store an upload within the limit at its own size', async () => {
    const media = await uploadThroughRest(await largeJpeg(4000, 3000), 'phone.jpg', 'image/jpeg')
    const onDisk = await stored(media)
    expect([onDisk.width, onDisk.height]).toEqual([4000, 3000])
  })
})
