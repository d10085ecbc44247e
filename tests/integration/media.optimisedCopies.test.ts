import { mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, describe, expect, it } from 'vitest'

import { ARTICLES, MEDIA } from '@collections/slugs'
import { OPTIMISED_COPIES_DIR, optimisedCopyKey } from '@collections/Media/optimisedCopies'
import type { Media } from '@/payload-types'

import { setupNewsroom } from '../support/newsroom'

const { payload, fixtures } = await setupNewsroom()

afterAll(() => rm(OPTIMISED_COPIES_DIR, { recursive: true, force: true }))

async function picture(): Promise<Media> {
  const data = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#345' } })
    .png()
    .toBuffer()
  const media = await payload.create({
    collection: MEDIA,
    data: { alt: 'A picture', credit: 'Staff' },
    file: { data, name: 'copied.png', mimetype: 'image/png', size: data.length },
  })
  fixtures.track(MEDIA, media.id)
  return media
}

/** A resized copy as the optimiser writes it: a folder named by its key. */
async function cachedCopy(media: Media): Promise<string> {
  const href = new URL(media.sizes?.card?.url ?? '', 'http://site').pathname
  const key = optimisedCopyKey({ href, width: 828, quality: 75, mimeType: 'image/webp' })
  await mkdir(path.join(OPTIMISED_COPIES_DIR, key), { recursive: true })
  await writeFile(path.join(OPTIMISED_COPIES_DIR, key, '14400.0.etag.etag.webp'), 'pixels')
  return key
}

const stillCached = async (key: string) =>
  (await readdir(OPTIMISED_COPIES_DIR).catch((): string[] => [])).includes(key)

describe('resized copies of a picture', () => {
  it('should be forgotten when the picture turns private', async () => {
    const image = await picture()
    const story = await fixtures.article({ heroImage: image.id })
    const key = await cachedCopy(image)
    await payload.update({ collection: ARTICLES, id: story.id, data: { _status: 'draft' } })
    expect(await stillCached(key)).toBe(false)
  })

  it('should be forgotten when the picture is deleted', async () => {
    const image = await picture()
    const key = await cachedCopy(image)
    await payload.delete({ collection: MEDIA, id: image.id })
    expect(await stillCached(key)).toBe(false)
  })

  it('should be kept while the picture stays public', async () => {
    const image = await picture()
    await fixtures.article({ heroImage: image.id })
    const key = await cachedCopy(image)
    await payload.update({ collection: MEDIA, id: image.id, data: { alt: 'A new alt text' } })
    expect(await stillCached(key)).toBe(true)
  })
})
