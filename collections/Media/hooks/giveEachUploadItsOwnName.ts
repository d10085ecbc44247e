import type { CollectionBeforeOperationHook } from 'payload'
import { APIError } from 'payload'
import sharp from 'sharp'

import type { MEDIA } from '@collections/slugs'
import { cleanStem } from '@collections/Media/fileNames/fileStem'
import { freeFileStem } from '@collections/Media/fileNames/freeFileStem'

/** File extensions by the format sharp reads in the bytes (AVIF reads as HEIF); first is usual. */
const EXTENSIONS: Record<string, string[]> = {
  jpeg: ['jpg', 'jpeg'],
  png: ['png'],
  webp: ['webp'],
  heif: ['avif'],
}

/** The uploader's extension when it names the format the bytes are in, else the usual one. */
async function extensionOf(data: Buffer, name: string): Promise<string> {
  const { format = '' } = await sharp(data).metadata()
  const known = EXTENSIONS[format] ?? []
  const given = name.includes('.') ? (name.split('.').pop() ?? '').toLowerCase() : ''
  return known.includes(given) ? given : (known[0] ?? given)
}

/**
 * Each new file (a first upload, each of a bulk upload, a file replacing a picture's) gets a
 * stem no other picture's files use, so no two pictures ever share a file on disk: Payload only
 * keeps the exact original name unique, and `x.png` would otherwise cut its sizes over those of
 * a published `x.jpg` (`x-1600x900.webp`…), or delete them with itself. Runs after
 * `acceptOnlyImages`, so the bytes are an image.
 */
export const giveEachUploadItsOwnName: CollectionBeforeOperationHook<typeof MEDIA> = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file?.data?.length) return args
  // Server code that rewrites a picture's own file in place (restripStoredMedia) keeps its name;
  // only the Local API can ask for this.
  if ((args as { overwriteExistingFiles?: boolean }).overwriteExistingFiles) return args
  if (operation === 'update' && (args as { id?: unknown }).id === undefined) {
    throw new APIError('Replace the file of one picture at a time.', 400, undefined, true)
  }
  const staticDir = collection.upload.staticDir ?? ''
  const extension = await extensionOf(file.data, file.name)
  const stem = await freeFileStem(req, staticDir, cleanStem(file.name))
  req.file = { ...file, name: extension ? `${stem}.${extension}` : stem }
  return args
}
