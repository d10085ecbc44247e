import { describe, expect, it } from 'vitest'

import { ARTICLES, MEDIA } from '@collections/slugs'
import { lexicalBody, paragraph } from '@/articles/body/lexicalBuilders'

import { unique } from '../support/fixtures'
import { setupNewsroom } from '../support/newsroom'

const { payload, fixtures, users } = await setupNewsroom({ users: { editor: 'editor' } })
const { editor } = users

/** What the admin shows under each field: the messages of a refused save. */
async function fieldMessages(save: Promise<unknown>): Promise<string> {
  const error = await save.then(
    () => null,
    (err: { data?: { errors?: { message: string }[] } }) => err,
  )
  return (error?.data?.errors ?? []).map((problem) => problem.message).join('\n')
}

const idOf = (value: unknown) =>
  typeof value === 'object' && value && 'id' in value ? value.id : value

describe('publishing checks that explain themselves', () => {
  it('should say the hero image needs a credit when publishing without one', async () => {
    const image = await fixtures.image({ credit: '' })
    expect(await fieldMessages(fixtures.article({ heroImage: image.id }))).toMatch(
      /hero image ".+" needs a credit \(its source, such as "Al Jazeera"\) before publishing/,
    )
  })

  it('should let a draft keep an uncredited picture until it is published', async () => {
    const image = await fixtures.image({ credit: '' })
    const draft = await fixtures.article({ _status: 'draft', heroImage: image.id })
    expect(draft._status).toBe('draft')
  })

  it('should ask for a hero image in words when publishing without one', async () => {
    const draft = await fixtures.article({ _status: 'draft' })
    const save = payload.update({
      collection: ARTICLES,
      id: draft.id,
      data: { heroImage: null as never, _status: 'published' },
      user: editor,
      overrideAccess: false,
    })
    expect(await fieldMessages(save)).toMatch(/Choose a hero image before publishing/)
  })
})

describe('SEO fields', () => {
  it('should fill empty SEO fields from the headline, dek and hero image', async () => {
    const article = await fixtures.article({
      title: unique('Radar upgrade'),
      excerpt: 'A new dek.',
    })
    expect(article.meta?.title).toBe(article.title)
    expect(article.meta?.description).toBe('A new dek.')
    expect(idOf(article.meta?.image)).toBe(idOf(article.heroImage))
  })

  it('should follow a changed headline while the SEO title was generated', async () => {
    const article = await fixtures.article()
    const updated = await payload.update({
      collection: ARTICLES,
      id: article.id,
      data: { title: 'A sharper headline' },
    })
    expect(updated.meta?.title).toBe('A sharper headline')
  })

  it("should keep an editor's own SEO title", async () => {
    const article = await fixtures.article({ meta: { title: 'Written for search' } })
    const updated = await payload.update({
      collection: ARTICLES,
      id: article.id,
      data: { title: 'Another headline' },
    })
    expect(updated.meta?.title).toBe('Written for search')
  })
})

describe('versions', () => {
  it('should bring back the old body when a version is restored', async () => {
    const article = await fixtures.article({
      body: lexicalBody(paragraph('The original account.')),
    })
    await payload.update({
      collection: ARTICLES,
      id: article.id,
      data: { body: lexicalBody(paragraph('A rewrite that went wrong.')) },
    })
    const { docs } = await payload.findVersions({
      collection: ARTICLES,
      where: { parent: { equals: article.id } },
      sort: 'createdAt',
      user: editor,
      overrideAccess: false,
    })
    const original = docs.find((version) =>
      JSON.stringify(version.version.body).includes('The original account.'),
    )
    expect(original).toBeDefined()
    await payload.restoreVersion({
      collection: ARTICLES,
      id: String(original?.id),
      user: editor,
      overrideAccess: false,
    })
    const restored = await payload.findByID({ collection: ARTICLES, id: article.id, draft: true })
    expect(JSON.stringify(restored.body)).toContain('The original account.')
    expect(JSON.stringify(restored.body)).not.toContain('went wrong')
  })
})

describe('the media library', () => {
  it('should refuse deleting a picture an article uses, naming the article', async () => {
    const article = await fixtures.article({ title: unique('Uses the picture') })
    await expect(
      payload.delete({
        collection: MEDIA,
        id: String(idOf(article.heroImage)),
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow(new RegExp(`used by 1 article: "${article.title}"`))
    const still = await payload.findByID({ collection: MEDIA, id: String(idOf(article.heroImage)) })
    expect(still.id).toBe(idOf(article.heroImage))
  })

  it('should refuse deleting a picture only a draft uses', async () => {
    const draft = await fixtures.article({ _status: 'draft', title: unique('Draft picture') })
    await expect(
      payload.delete({ collection: MEDIA, id: String(idOf(draft.heroImage)) }),
    ).rejects.toThrow(/used by 1 article/)
  })

  it('should let one picture lead several articles', async () => {
    const image = await fixtures.image()
    const [first, second] = await Promise.all([
      fixtures.article({ heroImage: image.id }),
      fixtures.article({ heroImage: image.id }),
    ])
    expect(idOf(first.heroImage)).toBe(image.id)
    expect(idOf(second.heroImage)).toBe(image.id)
    await expect(payload.delete({ collection: MEDIA, id: image.id })).rejects.toThrow(
      /used by 2 articles/,
    )
  })

  it('should delete a picture nothing uses', async () => {
    const image = await fixtures.image()
    await payload.delete({ collection: MEDIA, id: image.id, user: editor, overrideAccess: false })
    await expect(payload.findByID({ collection: MEDIA, id: image.id })).rejects.toThrow(
      /not found/i,
    )
  })

  it('should offer bulk upload and a focal point', () => {
    const upload = payload.collections[MEDIA].config.upload
    expect(upload.bulkUpload).toBe(true)
    expect(upload.focalPoint).toBe(true)
  })
})
