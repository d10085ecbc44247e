import { readFile } from 'node:fs/promises'
import path from 'node:path'

import config from '@payload-config'
import { REST_POST } from '@payloadcms/next/routes'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { MEDIA } from '@collections/slugs'
import type { Media } from '@/payload-types'
import { env } from '@/platform/env'

import { unique } from '../support/fixtures'
import { setupNewsroom } from '../support/newsroom'
import { ORIGIN, rest } from '../support/rest'

const { payload, fixtures, users } = await setupNewsroom({
  users: { editor: 'editor', contributor: 'contributor' },
})

const tokenOf = async (email: string) =>
  (await payload.login({ collection: 'users', data: { email, password: 'correct-horse-battery' } }))
    .token ?? ''
const editor = { Authorization: `JWT ${await tokenOf(users.editor.email)}` }
const contributor = { Authorization: `JWT ${await tokenOf(users.contributor.email)}` }

const picture = (background: string, format: 'jpeg' | 'png' | 'webp') =>
  sharp({ create: { width: 1800, height: 1300, channels: 3, background } })
    [format]()
    .toBuffer()

/** A picture uploaded as the admin's form sends it: multipart to POST /api/media. */
async function upload(
  data: Buffer,
  name: string,
  headers: Record<string, string>,
  mimetype = 'image/png',
): Promise<Media> {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)], { type: mimetype }), name)
  form.append('_payload', JSON.stringify({ alt: 'A picture', credit: 'Own photo' }))
  const request = new Request(new URL('/api/media', ORIGIN), {
    method: 'POST',
    headers,
    body: form,
  })
  const response = await REST_POST(config)(request, { params: Promise.resolve({ slug: [MEDIA] }) })
  const body = (await response.json()) as { doc?: Media; errors?: unknown }
  expect(response.status, JSON.stringify(body.errors)).toBe(201)
  const media = body.doc as Media
  fixtures.track(MEDIA, media.id)
  return media
}

/** The original's and every size's file name. */
const fileNames = (media: Media): string[] =>
  [media.filename, ...Object.values(media.sizes ?? {}).map((size) => size?.filename)].filter(
    (name): name is string => Boolean(name),
  )

const stemOf = (filename: string) => filename.slice(0, filename.lastIndexOf('.')).toLowerCase()

/** Each file as anonymous readers get it: its status and bytes. */
async function served(media: Media): Promise<Map<string, { status: number; bytes: Buffer }>> {
  const files = new Map<string, { status: number; bytes: Buffer }>()
  for (const name of fileNames(media)) {
    const response = await rest(`/api/media/file/${name}`)
    files.set(name, { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) })
  }
  return files
}

/** A picture a published story shows, so anonymous readers get all its files. */
async function publishedPicture(name: string): Promise<Media> {
  const media = await upload(await picture('#2050c0', 'jpeg'), name, editor, 'image/jpeg')
  await fixtures.article({ heroImage: media.id })
  return media
}

async function expectUnchanged(
  media: Media,
  before: Map<string, { status: number; bytes: Buffer }>,
) {
  const after = await served(media)
  for (const [name, { status, bytes }] of before) {
    expect(status, name).toBe(200)
    expect(after.get(name)?.status, `${name} after`).toBe(200)
    expect(after.get(name)?.bytes.equals(bytes), `${name} kept its bytes`).toBe(true)
    const onDisk = await readFile(path.join(env.mediaDir, name))
    expect(onDisk.equals(bytes), `${name} on disk`).toBe(true)
  }
}

describe('media file names', () => {
  it('should give an upload that differs only by extension its own files', async () => {
    const stem = unique('air-defence-battery')
    const published = await publishedPicture(`${stem}.jpg`)
    const before = await served(published)

    const other = await upload(await picture('#ff0000', 'png'), `${stem}.png`, contributor)

    const theirs = new Set(fileNames(published).map((name) => name.toLowerCase()))
    for (const name of fileNames(other)) expect(theirs.has(name.toLowerCase()), name).toBe(false)
    expect(stemOf(other.filename ?? '')).not.toBe(stem.toLowerCase())
    await expectUnchanged(published, before)
  })

  it('should give an upload that differs only by case its own files', async () => {
    const stem = unique('drone-workshop')
    const published = await publishedPicture(`${stem}.jpg`)
    const before = await served(published)

    const other = await upload(
      await picture('#0000ff', 'png'),
      `${stem.toUpperCase()}.PNG`,
      contributor,
    )

    expect(stemOf(other.filename ?? '')).not.toBe(stem.toLowerCase())
    // The private upload's pixels are never served under the published picture's names.
    await expectUnchanged(published, before)
  })

  it("should leave the first picture's files when the second is deleted", async () => {
    const stem = unique('checkpoint')
    const published = await publishedPicture(`${stem}.jpg`)
    const before = await served(published)
    const other = await upload(await picture('#ff0000', 'png'), `${stem}.png`, contributor)

    const deleted = await rest(`/api/media/${other.id}`, { method: 'DELETE', headers: editor })

    expect(deleted.status).toBe(200)
    await expectUnchanged(published, before)
  })

  it("should not name an original like another picture's size", async () => {
    const stem = unique('harbour')
    const published = await publishedPicture(`${stem}.jpg`)
    const before = await served(published)
    const hero = published.sizes?.hero?.filename ?? ''

    const other = await upload(await picture('#ff0000', 'webp'), hero, contributor, 'image/webp')

    const theirs = new Set(fileNames(published).map((name) => name.toLowerCase()))
    for (const name of fileNames(other)) expect(theirs.has(name.toLowerCase()), name).toBe(false)
    await expectUnchanged(published, before)
  })

  it("should not cut sizes over another picture's original named like a size", async () => {
    const stem = unique('airfield')
    const sizeLike = await upload(
      await picture('#00ff00', 'webp'),
      `${stem}-1600x900.webp`,
      editor,
      'image/webp',
    )
    await fixtures.article({ heroImage: sizeLike.id })
    const before = await served(sizeLike)

    const other = await upload(await picture('#ff0000', 'png'), `${stem}.png`, contributor)

    const theirs = new Set(fileNames(sizeLike).map((name) => name.toLowerCase()))
    for (const name of fileNames(other)) expect(theirs.has(name.toLowerCase()), name).toBe(false)
    await expectUnchanged(sizeLike, before)
  })

  it('should give a replacement file a name no other picture uses', async () => {
    const stem = unique('convoy')
    const published = await publishedPicture(`${stem}.jpg`)
    const before = await served(published)
    const other = await fixtures.image()
    const data = await picture('#ff0000', 'png')

    const replaced = await payload.update({
      collection: MEDIA,
      id: other.id,
      data: {},
      file: { data, name: `${stem}.png`, mimetype: 'image/png', size: data.length },
    })

    expect(stemOf(replaced.filename ?? '')).not.toBe(stem.toLowerCase())
    await expectUnchanged(published, before)
  })

  it('should refuse one file for many pictures at once', async () => {
    const [first, second] = [await fixtures.image(), await fixtures.image()]
    const data = await picture('#ff0000', 'png')

    const bulk = payload.update({
      collection: MEDIA,
      where: { id: { in: [first.id, second.id] } },
      data: {},
      file: { data, name: 'shared.png', mimetype: 'image/png', size: data.length },
    })

    await expect(bulk).rejects.toMatchObject({ status: 400 })
    const after = await payload.findByID({ collection: MEDIA, id: first.id })
    expect(after.filename).toBe(first.filename)
  })

  it('should give uploads of the same name at the same time a name each', async () => {
    const stem = unique('frontline')
    const uploads = await Promise.all(
      (['png', 'jpeg', 'webp', 'png'] as const).map(async (format, index) =>
        upload(
          await picture(['#100000', '#200000', '#300000', '#400000'][index] ?? '#000', format),
          `${stem}.${format === 'jpeg' ? 'jpg' : format}`,
          contributor,
          `image/${format}`,
        ),
      ),
    )

    const stems = uploads.map((media) => stemOf(media.filename ?? ''))
    expect(new Set(stems).size).toBe(uploads.length)
    const allNames = uploads.flatMap(fileNames).map((name) => name.toLowerCase())
    expect(new Set(allNames).size).toBe(allNames.length)
  })

  it('should not duplicate a picture, which would copy its file under a near name', async () => {
    const media = await fixtures.image()
    const { totalDocs } = await payload.count({ collection: MEDIA })

    const response = await rest(`/api/media/${media.id}/duplicate`, {
      method: 'POST',
      headers: editor,
      body: {},
    })

    // Duplication is off for media, so Payload has no such route.
    expect(response.status).toBe(404)
    expect((await payload.count({ collection: MEDIA })).totalDocs).toBe(totalDocs)
  })
})
