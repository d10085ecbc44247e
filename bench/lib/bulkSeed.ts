import type { Payload } from 'payload'

import { ARTICLE_VIEWS, ARTICLES, AUTHORS, MEDIA } from '@collections/slugs'
import { toSlug } from '@collections/fields/slug'
import { lexicalToPlainText, readingTimeOf } from '@/articles/body/plainText'
import { drawHeroImage } from '@/seed/heroImage'
import { toLexical } from '@/seed/lexical'

const WORDS = (
  'army navy air force drone missile radar frigate brigade logistics ammunition procurement ' +
  'budget alliance exercise border satellite cyber training armour artillery submarine ' +
  'readiness doctrine convoy airlift reserve recruit shipyard contract deterrence patrol'
).split(' ')
const PALETTES: [string, string][] = [
  ['#1f3a2e', '#6b8f71'],
  ['#2b3a55', '#7d8fb3'],
  ['#4a3b2a', '#b39a6b'],
  ['#3a2b3f', '#9a7da8'],
]
const TAGS = ['drones', 'nato', 'navy', 'air defence', 'procurement', 'army', 'cyber', 'space']

/** A small deterministic generator, so two runs seed the same archive. */
function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

const pick = <T>(items: readonly T[], r: () => number): T =>
  items[Math.floor(r() * items.length)] as T

function sentence(r: () => number, words = 14): string {
  const text = Array.from({ length: words }, () => pick(WORDS, r)).join(' ')
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`
}

export type SeedProgress = (done: number, total: number) => void

/**
 * Writes `count` published Military articles straight through the database adapter: no hooks,
 * no versions, so 100,000 take minutes, not hours. Fields the hooks would derive (slug,
 * readingTime, searchText, publishedAt) are filled in here the same way.
 */
export async function bulkSeed(payload: Payload, count: number, onProgress: SeedProgress) {
  const r = random(42)
  const images: string[] = []
  for (let i = 0; i < 8; i++) {
    const data = await drawHeroImage({
      key: `bench-${i}`,
      alt: '',
      caption: '',
      credit: 'Al Jazeera',
      palette: PALETTES[i % PALETTES.length] ?? ['#1f3a2e', '#6b8f71'],
    })
    const media = await payload.create({
      collection: MEDIA,
      context: { disableRevalidate: true },
      data: { alt: `Benchmark picture ${i + 1}`, credit: 'Al Jazeera' },
      file: { data, mimetype: 'image/jpeg', name: `bench-${i}.jpg`, size: data.length },
    })
    images.push(media.id)
  }
  const authors: { id: string; slug: string }[] = []
  for (let i = 0; i < 20; i++) {
    const author = await payload.create({
      collection: AUTHORS,
      context: { disableRevalidate: true },
      data: { name: `Bench Reporter ${i + 1}`, slug: '', role: 'Defence Correspondent' },
    })
    authors.push({ id: author.id, slug: author.slug })
  }

  const now = Date.now()
  const spacingMs = Math.max(60_000, Math.floor((365 * 86_400_000) / Math.max(1, count)))
  for (let i = 0; i < count; i++) {
    const title = `${sentence(r, 7).slice(0, -1)} ${i + 1}`
    const body = toLexical([
      { type: 'p', text: sentence(r, 30) },
      { type: 'h2', text: sentence(r, 5) },
      { type: 'p', text: sentence(r, 40) },
      { type: 'p', text: sentence(r, 35) },
    ])
    const text = lexicalToPlainText(body)
    const publishedAt = new Date(now - (i + 1) * spacingMs).toISOString()
    const article = await payload.db.create({
      collection: ARTICLES,
      data: {
        title,
        slug: toSlug(title),
        excerpt: sentence(r, 20),
        section: 'military',
        heroImage: pick(images, r),
        authors: [pick(authors, r).id],
        tags: [pick(TAGS, r), pick(TAGS, r)].filter(
          (tag, index, all) => all.indexOf(tag) === index,
        ),
        body,
        searchText: text,
        readingTime: readingTimeOf(text),
        publishedAt,
        _status: 'published',
        createdAt: publishedAt,
        updatedAt: publishedAt,
      },
    })
    // The count lives beside the article, not on it (collections/ArticleViews.ts).
    await payload.db.create({
      collection: ARTICLE_VIEWS,
      data: { article: article.id, total: Math.floor(r() * 5000) },
    })
    if ((i + 1) % 250 === 0 || i + 1 === count) onProgress(i + 1, count)
  }
  return { authors }
}
