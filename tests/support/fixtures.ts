import { randomUUID } from 'node:crypto'

import type { Payload, RequiredDataFromCollectionSlug } from 'payload'
import sharp from 'sharp'

import { ARTICLES, AUTHORS, MEDIA, USERS } from '@collections/slugs'
import type { Role } from '@/people/roles'
import type { Article, Author, Media, User } from '@/payload-types'

type FixtureCollection = typeof ARTICLES | typeof AUTHORS | typeof MEDIA | typeof USERS

type ArticleData = RequiredDataFromCollectionSlug<typeof ARTICLES>

/** Unique per call, so tests never collide with each other or with leftovers. */
export const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`

export async function pngBytes(width = 64, height = 48): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#335544' } })
    .png()
    .toBuffer()
}

/** Documents a test made, deleted again in `cleanup` (newest first, so references go first). */
export class Fixtures {
  private created: { collection: FixtureCollection; id: string }[] = []

  constructor(private readonly payload: Payload) {}

  async user(role: Role, name = `Test ${role}`): Promise<User> {
    const user = await this.payload.create({
      collection: USERS,
      data: {
        email: `${unique(role)}@dispatch.test`,
        password: 'correct-horse-battery',
        name,
        roles: [role],
      },
    })
    this.created.push({ collection: USERS, id: user.id })
    return { ...user, collection: USERS } as User
  }

  async image(
    overrides: Partial<Pick<Media, 'alt' | 'caption' | 'credit' | 'creditUrl'>> = {},
  ): Promise<Media> {
    const data = await pngBytes()
    const media = await this.payload.create({
      collection: MEDIA,
      data: { alt: 'A test picture', credit: 'Al Jazeera', ...overrides },
      file: { data, mimetype: 'image/png', name: `${unique('image')}.png`, size: data.length },
    })
    this.created.push({ collection: MEDIA, id: media.id })
    return media
  }

  async author(
    overrides: Partial<Pick<Author, 'name' | 'slug' | 'role' | 'email'>> = {},
  ): Promise<Author> {
    const author = await this.payload.create({
      collection: AUTHORS,
      data: {
        name: unique('Reporter'),
        slug: '',
        role: 'Defence Correspondent',
        email: `${unique('author')}@dispatch.test`,
        ...overrides,
      },
    })
    this.created.push({ collection: AUTHORS, id: author.id })
    return author
  }

  /** A complete article; published unless `_status: 'draft'` is passed. */
  async article(
    overrides: Partial<ArticleData> = {},
    options: { user?: User } = {},
  ): Promise<Article> {
    const [image, author] = await Promise.all([this.image(), this.author()])
    const data: ArticleData = {
      title: unique('Test headline'),
      // Empty: generated from the title, as in the admin.
      slug: '',
      excerpt: 'A short dek for the test.',
      section: 'military',
      heroImage: image.id,
      authors: [author.id],
      _status: 'published',
      ...overrides,
    }
    const access = options.user ? { user: options.user, overrideAccess: false } : {}
    const article =
      data._status === 'draft'
        ? await this.payload.create({ collection: ARTICLES, data, draft: true, ...access })
        : await this.payload.create({ collection: ARTICLES, data, ...access })
    this.track(ARTICLES, article.id)
    return article
  }

  track(collection: FixtureCollection, id: string) {
    this.created.push({ collection, id })
  }

  async cleanup(): Promise<void> {
    for (const { collection, id } of this.created.reverse()) {
      await this.payload.delete({ collection, id }).catch(() => undefined)
    }
    this.created = []
  }
}
