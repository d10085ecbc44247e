/**
 * `npm run media:sync-visibility`: works out which pictures readers may see from the published
 * website stories and author portraits (docs/security.md, "Photos"). SQLite does this in its
 * migration; run it once on MongoDB after upgrading. Safe to repeat.
 */
import { loadEnv } from './lib/loadEnv'

await loadEnv()
const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { backfillMediaVisibility } =
  await import('../collections/Media/visibility/backfillMediaVisibility')

const payload = await getPayload({ config })
const { stories, portraits } = await backfillMediaVisibility(payload)
console.log(`Checked the pictures of ${stories} published stories and ${portraits} portraits.`)
process.exit(0)
