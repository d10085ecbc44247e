import { copyFileSync, cpSync, existsSync, mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'

import { sha256Of, sqliteFileOf } from './files'
import type { Manifest } from './manifest'
import { readManifest } from './manifest'

export type RestoreOptions = {
  backupDir: string
  /** Where the restored database goes, as in DATABASE_URI (`file:…`). */
  databaseUrl: string
  mediaDir: string
  /** Replace an existing database and media folder. */
  force?: boolean
  progress?: (message: string) => void
}

export class RestoreRefused extends Error {}

/**
 * Puts a backup's database and media where the site reads them. The site must be stopped: the
 * old database's WAL and shared-memory files are removed with it, so nothing of it survives.
 */
export async function restoreEmbedded(options: RestoreOptions): Promise<Manifest> {
  const progress = options.progress ?? (() => {})
  const manifest = readManifest(options.backupDir)
  const snapshot = path.join(options.backupDir, manifest.database.file)
  if ((await sha256Of(snapshot)) !== manifest.database.sha256) {
    throw new RestoreRefused(`${snapshot} does not match its manifest: the backup is damaged`)
  }

  const databaseFile = sqliteFileOf(options.databaseUrl)
  const mediaDir = path.resolve(options.mediaDir)
  const existing = [databaseFile, mediaDir].filter((target) => existsSync(target))
  if (existing.length > 0 && !options.force) {
    throw new RestoreRefused(
      `Refusing to overwrite ${existing.join(' and ')}: stop the site and pass --force to replace them`,
    )
  }

  progress(`database: ${snapshot} → ${databaseFile}`)
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${databaseFile}${suffix}`, { force: true })
  mkdirSync(path.dirname(databaseFile), { recursive: true })
  copyFileSync(snapshot, databaseFile)

  progress(`media: ${manifest.media.files} files → ${mediaDir}`)
  rmSync(mediaDir, { recursive: true, force: true })
  cpSync(path.join(options.backupDir, manifest.media.folder), mediaDir, { recursive: true })
  return manifest
}
