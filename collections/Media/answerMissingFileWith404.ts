import { stat } from 'node:fs/promises'
import path from 'node:path'

import type { UploadConfig } from 'payload'

type FileHandler = NonNullable<UploadConfig['handlers']>[number]

/**
 * A picture whose record exists but whose file is gone from the media folder (a lost disk, a
 * partial restore) is a 404: Payload's own local-file serving answers 500 there. Runs after the
 * access check; anything else (a file that exists, a name outside the folder) goes on to Payload.
 */
async function missingFileAnswer(staticDir: string, filename: string) {
  const folder = path.resolve(staticDir)
  const file = path.resolve(folder, filename)
  if (!file.startsWith(folder + path.sep)) return undefined
  const exists = await stat(file).then(
    () => true,
    (err: NodeJS.ErrnoException) => err.code !== 'ENOENT',
  )
  if (exists) return undefined
  return Response.json({ errors: [{ message: 'No such picture.' }] }, { status: 404 })
}

export const answerMissingFileWith404 =
  (staticDir: string): FileHandler =>
  (_req, { params: { filename } }) =>
    // Payload types a handler as Promise<Response> | Promise<void> and goes on for anything
    // that is not a Response, so "nothing" is a valid answer here.
    missingFileAnswer(staticDir, filename) as Promise<Response>
