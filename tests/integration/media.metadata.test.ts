import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { MEDIA } from '@collections/slugs'
import { restripStoredMedia } from '@collections/Media/restripStoredMedia'
import { standardSrgbProfile } from '@collections/Media/inStandardSrgb'
import type { Media } from '@/payload-types'
import { env } from '@/platform/env'

import { pngBytes } from '../support/fixtures'
import { setupNewsroom } from '../support/newsroom'
import { rest } from '../support/rest'
import { METADATA_MARKERS, taggedJpeg, taggedPng } from '../support/taggedImages'
import { ICC_MARKER_BYTES, markedIccImage, storedPixel } from '../support/iccWithText'

const { payload, fixtures, users } = await setupNewsroom({ users: { editor: 'editor' } })

const { token } = await payload.login({
  collection: 'users',
  data: { email: users.editor.email, password: 'correct-horse-battery' },
})
const signedIn = { Authorization: `JWT ${token}` }

async function upload(data: Buffer, name: string, mimetype: string): Promise<Media> {
  const media = await payload.create({
    collection: MEDIA,
    data: { alt: 'A source photo', credit: 'Own photo' },
    file: { data, name, mimetype, size: data.length },
  })
  fixtures.track(MEDIA, media.id)
  return media
}

/** The original and every size, as stored in the media folder and as served by the file URL. */
async function servedFiles(media: Media): Promise<{ name: string; bytes: Buffer }[]> {
  const names = [
    media.filename,
    ...Object.values(media.sizes ?? {}).map((size) => size?.filename),
  ].filter((name): name is string => Boolean(name))
  const files = []
  for (const name of names) {
    files.push({ name: `${name} on disk`, bytes: await readFile(path.join(env.mediaDir, name)) })
    const response = await rest(`/api/media/file/${name}`, { headers: signedIn })
    expect(response.status, name).toBe(200)
    files.push({ name: `${name} served`, bytes: Buffer.from(await response.arrayBuffer()) })
  }
  return files
}

async function expectNoMetadata(media: Media) {
  const files = await servedFiles(media)
  // The original and the seven sizes (four for the site, three crops for JSON-LD), each from the
  // folder and the URL.
  expect(files.length).toBe(16)
  for (const { name, bytes } of files) {
    const metadata = await sharp(bytes).metadata()
    expect(metadata.exif, `${name} has EXIF`).toBeUndefined()
    expect(metadata.xmp, `${name} has XMP`).toBeUndefined()
    expect(metadata.iptc, `${name} has IPTC`).toBeUndefined()
    expect(metadata.comments, `${name} has text chunks`).toBeUndefined()
    for (const marker of METADATA_MARKERS) {
      expect(bytes.includes(marker), `${name} contains ${JSON.stringify(marker)}`).toBe(false)
    }
  }
}

describe('photo metadata', () => {
  it('should serve a JPEG and every size without GPS, camera, artist, XMP or IPTC', async () => {
    const media = await upload(await taggedJpeg(), 'source.jpg', 'image/jpeg')
    await expectNoMetadata(media)
  })

  it('should turn a sideways JPEG upright and tag it with the standard sRGB profile', async () => {
    const media = await upload(await taggedJpeg(), 'sideways.jpg', 'image/jpeg')
    const original = await sharp(path.join(env.mediaDir, media.filename ?? '')).metadata()
    expect([original.width, original.height]).toEqual([1800, 2000])
    expect([media.width, media.height]).toEqual([1800, 2000])
    expect(original.orientation ?? 1).toBe(1)
    expect(original.icc?.equals((await standardSrgbProfile()) ?? Buffer.alloc(0))).toBe(true)
    expect(media.credit).toBe('Own photo')
  })

  for (const [format, name, mimetype] of [
    ['jpeg', 'profiled.jpg', 'image/jpeg'],
    ['png', 'profiled.png', 'image/png'],
    ['avif', 'profiled.avif', 'image/avif'],
  ] as const) {
    it(`should serve every file of a ${format} upload without the text of its colour profile`, async () => {
      const media = await upload(await markedIccImage(format), name, mimetype)
      const standard = await standardSrgbProfile()
      const files = await servedFiles(media)
      expect(files.length).toBe(16)
      for (const { name: file, bytes } of files) {
        const { icc } = await sharp(bytes).metadata()
        // A PNG's profile is compressed in the file: read it as sharp unpacks it too.
        for (const marker of ICC_MARKER_BYTES) {
          expect(bytes.includes(marker), `${file} holds the profile text`).toBe(false)
          expect(icc?.includes(marker) ?? false, `${file}'s profile holds the text`).toBe(false)
        }
        if (icc) expect(icc.equals(standard ?? Buffer.alloc(0)), `${file}'s profile`).toBe(true)
      }
    })

    it(`should keep the colours of a Display P3 ${format} upload, converted to sRGB`, async () => {
      const media = await upload(await markedIccImage(format), name, mimetype)
      // The P3 values as uploaded are about (187, 106, 63); relabelled, they would stay so.
      for (const { name: file, bytes } of await servedFiles(media)) {
        const [red = 0, green = 0, blue = 0] = await storedPixel(bytes)
        expect(Math.abs(red - 200), `${file} red ${red}`).toBeLessThanOrEqual(4)
        expect(Math.abs(green - 100), `${file} green ${green}`).toBeLessThanOrEqual(4)
        expect(Math.abs(blue - 50), `${file} blue ${blue}`).toBeLessThanOrEqual(4)
      }
    })
  }

  it('should serve a PNG and every size without EXIF, XMP or text chunks', async () => {
    const media = await upload(await taggedPng(), 'chart.png', 'image/png')
    await expectNoMetadata(media)
  })

  it('should strip a file that replaces the picture of an existing image', async () => {
    const media = await upload(await pngBytes(), 'first.png', 'image/png')
    const data = await taggedJpeg()
    const replaced = await payload.update({
      collection: MEDIA,
      id: media.id,
      data: {},
      file: { data, name: 'replacement.jpg', mimetype: 'image/jpeg', size: data.length },
    })
    await expectNoMetadata(replaced)
  })

  it('should strip originals stored before uploads were stripped, with their sizes', async () => {
    const media = await upload(await pngBytes(1800, 1200), 'old-upload.jpg', 'image/jpeg')
    // As an upload from before this defence left it: the camera's original bytes on disk.
    await writeFile(path.join(env.mediaDir, media.filename ?? ''), await taggedJpeg())

    const result = await restripStoredMedia(payload, env.mediaDir)

    expect(result.stripped).toBeGreaterThanOrEqual(1)
    const after = await payload.findByID({ collection: MEDIA, id: media.id })
    expect(after.filename).toBe(media.filename)
    await expectNoMetadata(after)
    const again = await restripStoredMedia(payload, env.mediaDir)
    expect(again.stripped).toBe(0)
  })

  it("should re-strip originals stored with the uploader's colour profile", async () => {
    const media = await upload(await pngBytes(1800, 1300), 'old-profiled.jpg', 'image/jpeg')
    await writeFile(path.join(env.mediaDir, media.filename ?? ''), await markedIccImage('jpeg'))

    await restripStoredMedia(payload, env.mediaDir)

    const after = await payload.findByID({ collection: MEDIA, id: media.id })
    for (const { name, bytes } of await servedFiles(after)) {
      for (const marker of ICC_MARKER_BYTES) {
        expect(bytes.includes(marker), `${name} holds the profile text`).toBe(false)
      }
    }
  })
})
