import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { MEDIA } from '@collections/slugs'
import { env } from '@/platform/env'
import type { Media } from '@/payload-types'
import { newsArticleJsonLd } from '@/site/seo/jsonLd'

import { unique } from '../support/fixtures'
import { setupNewsroom } from '../support/newsroom'

const { payload, fixtures } = await setupNewsroom()

/** A picture as a photographer sends it: larger than every size the site cuts. */
async function largePicture(): Promise<Media> {
  const data = await sharp({
    create: { width: 2400, height: 1600, channels: 3, background: '#556677' },
  })
    .jpeg()
    .toBuffer()
  const media = await payload.create({
    collection: MEDIA,
    data: { alt: 'A large test picture', credit: 'Al Jazeera' },
    file: { data, mimetype: 'image/jpeg', name: `${unique('large')}.jpg`, size: data.length },
  })
  fixtures.track(MEDIA, media.id)
  return media
}

const ratioOf = async (url: string) => {
  const file = url.replace(/^.*\/api\/media\/file\//, '')
  const { width = 0, height = 0 } = await sharp(
    `${env.mediaDir}/${decodeURIComponent(file)}`,
  ).metadata()
  return width / height
}

describe(`NewsArticle images (${env.database.kind})`, () => {
  it('should list the 16:9, 4:3 and 1:1 crops of the hero picture', async () => {
    const hero = await largePicture()
    const article = await fixtures.article({ heroImage: hero.id })
    const story = await payload.findByID({ collection: 'articles', id: article.id, depth: 1 })

    const images = newsArticleJsonLd(story).image as string[]
    expect(images).toHaveLength(3)
    const ratios = await Promise.all(images.map(ratioOf))
    expect(ratios.map((ratio) => ratio.toFixed(3))).toEqual(
      [16 / 9, 4 / 3, 1].map((ratio) => ratio.toFixed(3)),
    )
    for (const url of images) expect(url).toMatch(/^https?:\/\/.+-1200x\d+\.jpg$/)
  })

  it('should offer the social-card picture for a picture cut before the crops existed', async () => {
    const hero = await largePicture()
    const article = await fixtures.article({ heroImage: hero.id })
    const story = await payload.findByID({ collection: 'articles', id: article.id, depth: 1 })
    const media = story.heroImage as Media
    const { jsonLdWide, jsonLdStandard, jsonLdSquare, ...olderSizes } = media.sizes ?? {}
    void [jsonLdWide, jsonLdStandard, jsonLdSquare]

    const images = newsArticleJsonLd({ ...story, heroImage: { ...media, sizes: olderSizes } }).image
    expect(images).toEqual([expect.stringMatching(/-1200x630\.jpg$/)])
  })
})
