import config from '@payload-config'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { describe, expect, it } from 'vitest'

import { ARTICLES, MEDIA } from '@collections/slugs'
import type { Media } from '@/payload-types'

import { setupNewsroom } from '../support/newsroom'
import { ORIGIN, rest } from '../support/rest'

const { payload, fixtures, users } = await setupNewsroom({
  users: { editor: 'editor', contributor: 'contributor' },
})

async function graphqlMedia(id: string): Promise<unknown> {
  const response = await GRAPHQL_POST(config)(
    new Request(`${ORIGIN}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ Media(id: "${id}") { id filename } }` }),
    }),
  )
  const body = (await response.json()) as { data?: { Media: unknown } }
  return body.data?.Media ?? null
}

/** What an anonymous caller gets through each door, true where the picture shows. */
async function anonymousSees(media: Media) {
  const list = (await (await rest(`/api/media?where[id][equals]=${media.id}&depth=0`)).json()) as {
    docs: { id: string }[]
  }
  const sizeName = media.sizes?.thumbnail?.filename ?? ''
  return {
    list: list.docs.some((doc) => doc.id === media.id),
    byId: (await rest(`/api/media/${media.id}`)).status === 200,
    graphql: Boolean(await graphqlMedia(media.id)),
    file: (await rest(`/api/media/file/${media.filename}`)).status === 200,
    size: (await rest(`/api/media/file/${sizeName}`)).status === 200,
  }
}

const visible = { list: true, byId: true, graphql: true, file: true, size: true }
const hidden = { list: false, byId: false, graphql: false, file: false, size: false }

const bigImage = async () => {
  const sharp = (await import('sharp')).default
  const data = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#444' } })
    .png()
    .toBuffer()
  const media = await payload.create({
    collection: MEDIA,
    data: { alt: 'Unpublished picture', credit: 'Staff' },
    file: { data, name: 'embargoed.png', mimetype: 'image/png', size: data.length },
  })
  fixtures.track(MEDIA, media.id)
  return media
}

const bodyShowing = (mediaId: string) => ({
  root: {
    type: 'root',
    format: '' as const,
    indent: 0,
    version: 1,
    direction: 'ltr' as const,
    children: [
      { type: 'upload', relationTo: MEDIA, value: mediaId, fields: {}, format: '', version: 3 },
    ],
  },
})

describe('who sees a picture', () => {
  it('should hide a picture that only a draft shows, through every door', async () => {
    const image = await bigImage()
    await fixtures.article({ heroImage: image.id, _status: 'draft' })
    expect(await anonymousSees(image)).toEqual(hidden)
  })

  it('should show it once the story is published and hide it again when unpublished', async () => {
    const image = await bigImage()
    const draft = await fixtures.article({ heroImage: image.id, _status: 'draft' })

    await payload.update({ collection: ARTICLES, id: draft.id, data: { _status: 'published' } })
    expect(await anonymousSees(image)).toEqual(visible)

    await payload.update({ collection: ARTICLES, id: draft.id, data: { _status: 'draft' } })
    expect(await anonymousSees(image)).toEqual(hidden)
  })

  it('should show a picture placed in a published body and hide it when the story is deleted', async () => {
    const image = await bigImage()
    const story = await fixtures.article({ body: bodyShowing(image.id) })
    expect(await anonymousSees(image)).toEqual(visible)

    await payload.delete({ collection: ARTICLES, id: story.id })
    expect(await anonymousSees(image)).toEqual(hidden)
  })

  it('should keep a picture public while another published story still shows it', async () => {
    const image = await bigImage()
    const first = await fixtures.article({ heroImage: image.id })
    await fixtures.article({ heroImage: image.id })
    await payload.update({ collection: ARTICLES, id: first.id, data: { _status: 'draft' } })
    expect(await anonymousSees(image)).toEqual(visible)
  })

  it('should keep a published picture public while a new draft of the story drops it', async () => {
    const image = await bigImage()
    const story = await fixtures.article({ heroImage: image.id })
    const other = await fixtures.image()
    await payload.update({
      collection: ARTICLES,
      id: story.id,
      data: { heroImage: other.id },
      draft: true,
    })
    expect(await anonymousSees(image)).toEqual(visible)
    expect((await anonymousSees(other)).byId).toBe(false)
  })

  it('should hide a picture of a published story from another desk', async () => {
    const image = await bigImage()
    await fixtures.article({ heroImage: image.id, section: 'world' })
    expect(await anonymousSees(image)).toEqual(hidden)
  })

  it('should let a signed-in contributor see a draft-only picture', async () => {
    const image = await bigImage()
    await fixtures.article({ heroImage: image.id, _status: 'draft' })
    const found = await payload.find({
      collection: MEDIA,
      where: { id: { equals: image.id } },
      user: users.contributor,
      overrideAccess: false,
    })
    expect(found.docs.map((doc) => doc.id)).toEqual([image.id])
  })
})
