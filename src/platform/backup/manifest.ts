import { readFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'

export const MANIFEST_FILE = 'manifest.json'
export const DATABASE_FILE = 'dispatch.db'
export const MEDIA_FOLDER = 'media'

/** What a backup folder holds, written last: a folder without it is an unfinished backup. */
export const manifestSchema = z.object({
  format: z.literal('dispatch-backup/1'),
  createdAt: z.iso.datetime(),
  database: z.object({
    file: z.literal(DATABASE_FILE),
    bytes: z.number().int().nonnegative(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    articles: z.number().int().nonnegative(),
  }),
  media: z.object({
    folder: z.literal(MEDIA_FOLDER),
    files: z.number().int().nonnegative(),
    bytes: z.number().int().nonnegative(),
  }),
})

export type Manifest = z.infer<typeof manifestSchema>

export function readManifest(backupDir: string): Manifest {
  const file = path.join(backupDir, MANIFEST_FILE)
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    throw new Error(
      `${backupDir} is not a finished backup: ${MANIFEST_FILE} is missing or unreadable`,
    )
  }
  return manifestSchema.parse(raw)
}
