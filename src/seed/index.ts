import type { Payload } from 'payload'

import { ARTICLES, AUTHORS, MEDIA } from '@collections/slugs'

import { seedArticles, seedAuthors, seedImages } from './content'
import type { SeedArticle } from './content/types'
import { ensureAdmin } from './ensureAdmin'
import { drawHeroImage } from './heroImage'
import { toLexical } from './lexical'

export type SeedSummary = {
  authors: number
  images: number
  articles: number
  adminCreated: boolean
}

type Options = {
  admin: { email: string; password: string } | null
  /** Reports progress of the longer steps ("images 3/19"). */
  onProgress?: (step: string, done: number, total: number) => void
  now?: Date
}

const HOUR = 60 * 60 * 1000

function publicationDate(article: SeedArticle, now: Date): string {
  const hours = article.daysAgo * 24 + (article.hoursAgo ?? 9)
  return new Date(now.getTime() - hours * HOUR).toISOString()
}

/**
 * Demo content for a fresh newsroom. Idempotent: anything already there (matched by slug or
 * filename) is left as it is, so running it twice adds nothing.
 */
export async function seedDemo(payload: Payload, options: Options): Promise<SeedSummary> {
  const now = options.now ?? new Date()
  const progress = options.onProgress ?? (() => {})
  const summary: SeedSummary = { authors: 0, images: 0, articles: 0, adminCreated: false }

  const admin = await ensureAdmin(payload, options.admin)
  summary.adminCreated = admin.created

  const imageIds = new Map<string, string>()
  for (const [index, image] of seedImages.entries()) {
    const filename = `${image.key}.jpg`
    const existing = await payload.find({
      collection: MEDIA,
      where: { filename: { equals: filename } },
      limit: 1,
      depth: 0,
    })
    let id = existing.docs[0]?.id
    if (!id) {
      const data = await drawHeroImage(image)
      const media = await payload.create({
        collection: MEDIA,
        context: { disableRevalidate: true },
        data: {
          alt: image.alt,
          caption: image.caption,
          credit: image.credit,
          creditUrl: image.creditUrl,
        },
        file: { data, mimetype: 'image/jpeg', name: filename, size: data.length },
      })
      id = media.id
      summary.images++
    }
    imageIds.set(image.key, id)
    progress('images', index + 1, seedImages.length)
  }

  const authorIds = new Map<string, string>()
  for (const author of seedAuthors) {
    const existing = await payload.find({
      collection: AUTHORS,
      where: { slug: { equals: author.slug } },
      limit: 1,
      depth: 0,
    })
    let id = existing.docs[0]?.id
    if (!id) {
      const created = await payload.create({
        collection: AUTHORS,
        context: { disableRevalidate: true },
        data: {
          name: author.name,
          slug: author.slug,
          generateSlug: false,
          role: author.role,
          bio: author.bio,
          email: author.email,
          links: author.links,
        },
      })
      id = created.id
      summary.authors++
    }
    authorIds.set(author.slug, id)
  }

  for (const [index, article] of seedArticles.entries()) {
    const existing = await payload.find({
      collection: ARTICLES,
      where: { slug: { equals: article.slug } },
      limit: 1,
      depth: 0,
      draft: true,
    })
    if (!existing.docs[0]) {
      const isDraft = article.status === 'draft'
      await payload.create({
        collection: ARTICLES,
        draft: isDraft,
        context: { disableRevalidate: true },
        data: {
          title: article.title,
          slug: article.slug,
          generateSlug: false,
          section: article.section,
          excerpt: article.excerpt,
          heroImage: required(imageIds, article.heroImageKey, 'image'),
          authors: article.authorSlugs.map((slug) => required(authorIds, slug, 'author')),
          tags: article.tags,
          body: toLexical(article.body),
          _status: article.status,
          publishedAt: isDraft ? undefined : publicationDate(article, now),
          // Demo stories were written when they were published, not when the demo was seeded.
          ...(isDraft
            ? {}
            : {
                createdAt: publicationDate(article, now),
                updatedAt: publicationDate(article, now),
              }),
          createdBy: admin.id ?? undefined,
        },
      })
      summary.articles++
    }
    progress('articles', index + 1, seedArticles.length)
  }
  return summary
}

function required(ids: Map<string, string>, key: string, kind: string): string {
  const id = ids.get(key)
  if (!id) throw new Error(`Demo content refers to an unknown ${kind} "${key}"`)
  return id
}
