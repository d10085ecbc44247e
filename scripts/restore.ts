/**
 * `npm run restore -- <backup folder> [--force]`: puts a backup made by `npm run backup` where
 * the site reads its embedded database (DATABASE_URI, default data/dispatch.db) and media
 * (MEDIA_DIR). Stop the site first; an existing database or media folder is replaced only with
 * --force.
 */
import { parseArgs } from 'node:util'

import { restoreEmbedded } from '../src/platform/backup/restore'
import { loadEnv } from './lib/loadEnv'

const { values: args, positionals } = parseArgs({
  options: { force: { type: 'boolean', default: false } },
  allowPositionals: true,
})
const [backupDir] = positionals
if (!backupDir) {
  console.error('usage: npm run restore -- <backup folder> [--force]')
  process.exit(2)
}
const env = await loadEnv()
if (env.database.kind === 'mongodb') {
  console.error(
    'DATABASE_URI points at MongoDB: restore with mongorestore (see `npm run backup` and docs/mongodb.md).',
  )
  process.exit(2)
}

try {
  const manifest = await restoreEmbedded({
    backupDir,
    databaseUrl: env.database.url,
    mediaDir: env.mediaDir,
    force: args.force,
    progress: (message) => console.log(`  ${message}`),
  })
  console.log(
    `Restored the backup of ${manifest.createdAt}: ${manifest.database.articles} articles, ` +
      `${manifest.media.files} media files. Start the site with npm start.`,
  )
} catch (error) {
  console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
