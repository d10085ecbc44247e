import { readdir } from 'node:fs/promises'

import type { PayloadRequest } from 'payload'

import { MEDIA } from '@collections/slugs'
import { stemsOf } from '@collections/Media/fileNames/fileStem'
import { KeyedLock } from '@/platform/concurrency/KeyedLock'

/** One name choice at a time: the check and the reservation must not interleave. */
const choosing = new KeyedLock(10_000)

/**
 * Stems given to uploads still under way (chosen, files not yet on disk), with when they lapse.
 * In-process: one server holds the media folder (several instances need a storage adapter).
 * Ten minutes is far past the seconds an upload takes to write its files, after which the
 * folder itself shows the stem taken; a failed upload only leaves its name unused until then.
 */
const reserved = new Map<string, number>()
const RESERVATION_MS = 10 * 60 * 1000

/** The part every candidate and every name that could collide with it contains. */
const rootOf = (stem: string) => stem.replace(/-\d+x\d+$/, '').replace(/(-\d+)+$/, '') || stem

async function stemsInUse(req: PayloadRequest, staticDir: string, root: string) {
  const inUse = new Set<string>()
  const files = await readdir(staticDir).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return []
    throw err
  })
  // Pictures whose files are gone from the folder still own their names.
  const { docs } = await req.payload.find({
    collection: MEDIA,
    where: { filename: { contains: root } },
    select: { filename: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const names = [...files, ...docs.map((doc) => doc.filename ?? '')].filter(Boolean)
  for (const name of names) for (const stem of stemsOf(name)) inUse.add(stem)
  const now = Date.now()
  for (const [stem, lapses] of reserved) {
    if (lapses <= now) reserved.delete(stem)
    else inUse.add(stem)
  }
  return inUse
}

/**
 * A stem no picture uses for any of its files (in the folder, in the database, or chosen by an
 * upload still running): `wanted` itself, else `wanted-1`, `wanted-2`…, as Payload counts.
 * Reserved before it is returned, so two uploads of the same name at once get one each.
 */
export async function freeFileStem(
  req: PayloadRequest,
  staticDir: string,
  wanted: string,
): Promise<string> {
  const release = await choosing.acquire('media-file-stems')
  try {
    const inUse = await stemsInUse(req, staticDir, rootOf(wanted.toLowerCase()))
    const base = wanted.replace(/-\d+$/, '')
    let stem = wanted
    for (let n = 1; stemsOf(stem, false).some((s) => inUse.has(s)); n++) stem = `${base}-${n}`
    for (const s of stemsOf(stem, false)) reserved.set(s, Date.now() + RESERVATION_MS)
    return stem
  } finally {
    release()
  }
}
