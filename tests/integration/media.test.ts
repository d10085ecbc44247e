import { describe, expect, it } from 'vitest'

import { MEDIA } from '@collections/slugs'

import { pngBytes } from '../support/fixtures'
import { setupNewsroom } from '../support/newsroom'

const { payload, fixtures } = await setupNewsroom()

const upload = (data: Buffer, name: string, mimetype: string, alt: string | null = 'Picture') =>
  payload.create({
    collection: MEDIA,
    data: { alt } as { alt: string },
    file: { data, name, mimetype, size: data.length },
  })

describe('media uploads', () => {
  it('should store an image with its credit and every image size', async () => {
    const data = await pngBytes(1800, 1200)
    const media = await payload.create({
      collection: MEDIA,
      data: { alt: 'Radar array', credit: 'Al Jazeera', creditUrl: 'https://www.aljazeera.com' },
      file: { data, name: 'radar.png', mimetype: 'image/png', size: data.length },
    })
    fixtures.track(MEDIA, media.id)
    expect(media.credit).toBe('Al Jazeera')
    expect(media.mimeType).toBe('image/png')
    const sizes = Object.entries(media.sizes ?? {}).filter(([, size]) => size?.filename)
    expect(sizes.map(([name]) => name).sort()).toEqual([
      'card',
      'hero',
      'jsonLdSquare',
      'jsonLdStandard',
      'jsonLdWide',
      'og',
      'thumbnail',
    ])
  })

  it('should crop the Open Graph size to 1200×630', async () => {
    const data = await pngBytes(2400, 1600)
    const media = await upload(data, 'wide.png', 'image/png')
    fixtures.track(MEDIA, media.id)
    expect([media.sizes?.og?.width, media.sizes?.og?.height]).toEqual([1200, 630])
  })

  it('should refuse a non-image renamed to .jpg, saying why', async () => {
    const fake = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n')
    await expect(upload(fake, 'report.jpg', 'image/jpeg')).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining('"report.jpg" is not a JPEG, PNG, WebP or AVIF image'),
    })
  })

  it('should refuse an SVG, which can carry script', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><rect width="10" height="10"/></svg>',
    )
    await expect(upload(svg, 'logo.png', 'image/png')).rejects.toMatchObject({ status: 400 })
  })

  it('should refuse an empty file', async () => {
    await expect(upload(Buffer.alloc(0), 'empty.png', 'image/png')).rejects.toMatchObject({
      status: 400,
    })
  })

  it('should refuse a file over 10 MB, saying how large it is', async () => {
    const big = Buffer.concat([await pngBytes(), Buffer.alloc(10 * 1024 * 1024 + 1)])
    await expect(upload(big, 'huge.png', 'image/png')).rejects.toMatchObject({
      status: 413,
      message: expect.stringMatching(/"huge\.png" is 10\.0 MB; images may be at most 10\.0 MB/),
    })
  })

  it('should require alt text', async () => {
    await expect(upload(await pngBytes(), 'no-alt.png', 'image/png', null)).rejects.toThrow(/alt/i)
  })

  it('should refuse a credit link that is not a web address', async () => {
    await expect(fixtures.image({ creditUrl: 'javascript:alert(1)' })).rejects.toThrow(
      /creditUrl|Credit Url/i,
    )
  })

  it('should leave nothing behind when an upload is refused', async () => {
    const before = await payload.count({ collection: MEDIA })
    await upload(Buffer.from('not an image'), 'note.png', 'image/png').catch(() => undefined)
    const after = await payload.count({ collection: MEDIA })
    expect(after.totalDocs).toBe(before.totalDocs)
  })
})

describe('media from a web address', () => {
  // Payload fetches a file named by `url` itself, past every upload check (image bytes, size,
  // metadata stripping); pictures must arrive as uploaded files.
  it.each([
    'https://images.example/photo.jpg',
    'http://127.0.0.1:9/photo.jpg',
    '//images.example/photo.jpg',
  ])(
    'should refuse a picture that names a remote file (%s) instead of uploading it',
    async (url) => {
      const before = await payload.count({ collection: MEDIA })
      await expect(
        payload.create({
          collection: MEDIA,
          data: { alt: 'Remote', url, filename: 'photo.jpg' } as { alt: string },
        }),
      ).rejects.toMatchObject({ status: 400, message: expect.stringContaining('Upload the file') })
      expect((await payload.count({ collection: MEDIA })).totalDocs).toBe(before.totalDocs)
    },
  )
})

describe('media saved without a file', () => {
  it('should refuse an edit that names a file other than the picture’s own', async () => {
    const media = await upload(await pngBytes(600, 400), 'own.png', 'image/png')
    fixtures.track(MEDIA, media.id)
    for (const data of [
      { url: '/api/media/file/own.png', filename: '../../../../etc/hostname' },
      { url: 'https://images.example/other.jpg' },
    ]) {
      await expect(
        payload.update({
          collection: MEDIA,
          id: media.id,
          data: data as unknown as { alt: string },
        }),
      ).rejects.toMatchObject({ status: 400 })
    }
    const updated = await payload.update({ collection: MEDIA, id: media.id, data: { alt: 'Kept' } })
    expect([updated.alt, updated.filename]).toEqual(['Kept', 'own.png'])
  })
})

describe('damaged pictures', () => {
  it('should refuse a PNG whose header reads but whose pixels do not, storing nothing', async () => {
    const whole = await pngBytes(800, 600)
    const before = await payload.count({ collection: MEDIA })
    await expect(
      upload(whole.subarray(0, Math.floor(whole.length / 2)), 'cut.png', 'image/png'),
    ).rejects.toMatchObject({ status: 400 })
    expect((await payload.count({ collection: MEDIA })).totalDocs).toBe(before.totalDocs)
  })
})
