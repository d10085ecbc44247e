import { cpSync, existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'

import { ARTICLES } from '@collections/slugs'

import { folderSize, sha256Of, sqliteFileOf } from './files'
import type { Manifest } from './manifest'
import { DATABASE_FILE, MANIFEST_FILE, MEDIA_FOLDER } from './manifest'

export type BackupOptions = {
  /** The embedded database, as in DATABASE_URI (`file:…`). */
  databaseUrl: string
  mediaDir: string
  /** Backups go into a new timestamped folder under this one. */
  outDir: string
  progress?: (message: string) => void
}

const stamp = (date: Date) => date.toISOString().replace(/[:.]/g, '-')

/**
 * A consistent copy of the embedded database and the uploaded media, safe while the site runs:
 * `VACUUM INTO` writes one transaction's view of the database (WAL included) to a new file.
 * The work happens in a `.partial` folder renamed at the end, so a folder with a manifest is
 * always a complete backup.
 */
export async function backupEmbedded(
  options: BackupOptions,
): Promise<{ dir: string; manifest: Manifest }> {
  const progress = options.progress ?? (() => {})
  const databaseFile = sqliteFileOf(options.databaseUrl)
  if (!existsSync(databaseFile)) throw new Error(`No database at ${databaseFile}`)

  const createdAt = new Date()
  const dir = path.resolve(options.outDir, `dispatch-${stamp(createdAt)}`)
  const partial = `${dir}.partial`
  mkdirSync(partial, { recursive: true })
  try {
    const snapshot = path.join(partial, DATABASE_FILE)
    progress(`database: ${databaseFile} → ${snapshot}`)
    const source = createClient({ url: `file:${databaseFile}` })
    try {
      await source.execute({ sql: 'VACUUM INTO ?', args: [snapshot] })
    } finally {
      source.close()
    }
    const copy = createClient({ url: `file:${snapshot}` })
    let articles: number
    try {
      const result = await copy.execute(`SELECT count(*) AS n FROM ${ARTICLES}`)
      articles = Number(result.rows[0]?.n ?? 0)
    } finally {
      copy.close()
    }

    const media = path.join(partial, MEDIA_FOLDER)
    progress(`media: ${options.mediaDir} → ${media}`)
    if (existsSync(options.mediaDir)) cpSync(options.mediaDir, media, { recursive: true })
    else mkdirSync(media)

    const manifest: Manifest = {
      format: 'dispatch-backup/1',
      createdAt: createdAt.toISOString(),
      database: {
        file: DATABASE_FILE,
        bytes: statSync(snapshot).size,
        sha256: await sha256Of(snapshot),
        articles,
      },
      media: { folder: MEDIA_FOLDER, ...folderSize(media) },
    }
    writeFileSync(path.join(partial, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`)
    renameSync(partial, dir)
    return { dir, manifest }
  } catch (error) {
    rmSync(partial, { recursive: true, force: true })
    throw error
  }
}
