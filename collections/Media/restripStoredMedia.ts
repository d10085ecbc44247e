import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'

import { MEDIA } from '@collections/slugs'
import { standardSrgbProfile } from '@collections/Media/inStandardSrgb'

const PAGE = 50

const carriesMetadata = async (data: Buffer) => {
  const { exif, xmp, iptc, orientation, comments, icc } = await sharp(data).metadata()
  const ownProfile = Boolean(icc && !icc.equals((await standardSrgbProfile()) ?? Buffer.alloc(0)))
  return Boolean(
    exif || xmp || iptc || comments?.length || (orientation && orientation !== 1) || ownProfile,
  )
}

/**
 * Originals stored before uploads were stripped still hold their EXIF, XMP and IPTC, or the
 * uploader's colour profile (whose text can name a camera or a person). Each one
 * that does is put back through the upload (same file name, overwritten in place), so
 * `stripImageMetadata` rewrites it and Payload cuts every image size again from the clean copy.
 */
export async function restripStoredMedia(
  payload: Payload,
  staticDir: string,
): Promise<{ checked: number; stripped: number; missing: string[] }> {
  let checked = 0
  let stripped = 0
  const missing: string[] = []
  for (let page = 1; ; page++) {
    const batch = await payload.find({
      collection: MEDIA,
      depth: 0,
      page,
      limit: PAGE,
      sort: 'createdAt',
      select: { filename: true, mimeType: true },
      overrideAccess: true,
    })
    for (const media of batch.docs) {
      if (!media.filename) continue
      checked++
      const data = await readFile(path.join(staticDir, media.filename)).catch(() => null)
      if (!data) {
        missing.push(media.filename)
        continue
      }
      if (!(await carriesMetadata(data))) continue
      await payload.update({
        collection: MEDIA,
        id: media.id,
        data: {},
        file: {
          data,
          name: media.filename,
          mimetype: media.mimeType ?? 'image/jpeg',
          size: data.length,
        },
        overwriteExistingFiles: true,
        overrideAccess: true,
      })
      stripped++
    }
    if (!batch.hasNextPage) break
  }
  return { checked, stripped, missing }
}
