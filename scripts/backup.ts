/**
 * `npm run backup [-- --out backups]`: a consistent snapshot of the embedded database and the
 * media folder into backups/dispatch-<time>/ with a manifest; safe while the site runs.
 * On MongoDB it prints the mongodump commands to use instead (docs/mongodb.md).
 */
import { parseArgs } from 'node:util'

import { backupEmbedded } from '../src/platform/backup/backup'
import { loadEnv } from './lib/loadEnv'

const { values: args } = parseArgs({ options: { out: { type: 'string', default: 'backups' } } })
const env = await loadEnv()

if (env.database.kind === 'mongodb') {
  console.error(
    [
      'DATABASE_URI points at MongoDB: back it up with mongodump, and the media folder beside it:',
      '  mongodump --uri="$DATABASE_URI" --archive=dispatch.archive.gz --gzip',
      `  tar czf media.tgz -C ${env.mediaDir} .`,
      'Restore with: mongorestore --uri="$DATABASE_URI" --drop --archive=dispatch.archive.gz --gzip',
      '(docs/mongodb.md has the docker compose variant.)',
    ].join('\n'),
  )
  process.exit(2)
}

const started = Date.now()
try {
  const { dir, manifest } = await backupEmbedded({
    databaseUrl: env.database.url,
    mediaDir: env.mediaDir,
    outDir: args.out,
    progress: (message) => console.log(`  ${message}`),
  })
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1)
  console.log(
    `Backup written to ${dir} in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
      `${manifest.database.articles} articles, database ${mb(manifest.database.bytes)} MB, ` +
      `${manifest.media.files} media files ${mb(manifest.media.bytes)} MB`,
  )
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
