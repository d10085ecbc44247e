/**
 * `npm run strip-media-metadata`: removes EXIF, XMP and IPTC from pictures uploaded before
 * uploads were stripped (docs/security.md, "Photos"), and cuts their image sizes again. Safe to
 * repeat: clean originals are left alone. Back up first (`npm run backup`).
 */
import { loadEnv } from './lib/loadEnv'

const env = await loadEnv()
const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { restripStoredMedia } = await import('../collections/Media/restripStoredMedia')

const payload = await getPayload({ config })
const { checked, stripped, missing } = await restripStoredMedia(payload, env.mediaDir)
console.log(`Checked ${checked} pictures, stripped ${stripped}.`)
if (missing.length) console.log(`Missing on disk: ${missing.join(', ')}`)
process.exit(0)
