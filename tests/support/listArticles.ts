/**
 * Opens Payload on the database in DATABASE_URI (a separate process, so it is a fresh Payload)
 * and prints every article's id, title and hero image file as JSON: what a restored backup must
 * still hold.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { ARTICLES } from '@collections/slugs'

const payload = await getPayload({ config })
const { docs } = await payload.find({
  collection: ARTICLES,
  depth: 1,
  limit: 0,
  pagination: false,
  draft: true,
})
const articles = docs.map((article) => ({
  id: article.id,
  title: article.title,
  heroImage:
    typeof article.heroImage === 'object' && article.heroImage ? article.heroImage.filename : null,
}))
process.stdout.write(`${JSON.stringify(articles)}\n`)
process.exit(0)
