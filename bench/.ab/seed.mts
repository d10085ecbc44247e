import { getPayload } from 'payload'
import config from '../../payload.config'
import { bulkSeed } from '../lib/bulkSeed'
const payload = await getPayload({ config })
const { authors } = await bulkSeed(payload, Number(process.env.N ?? 1000), () => {})
const a = await payload.find({ collection: 'articles', limit: 1, depth: 0 })
console.log('slug', a.docs[0]?.slug, 'author', JSON.stringify(authors[0]))
process.exit(0)
