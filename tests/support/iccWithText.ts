import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import sharp from 'sharp'

/** Planted in a colour profile's text tags; no stored or served file may hold it. */
export const ICC_MARKER = 'Artist Jane Source; Canon EOS R5 SN 0423; GPS 48.8566N 2.3522E'

/** The marker as the bytes may hold it: ASCII, or UTF-16 as the profile's `mluc` text is. */
export const ICC_MARKER_BYTES = [
  Buffer.from(ICC_MARKER, 'latin1'),
  Buffer.from(ICC_MARKER, 'utf16le').swap16(),
  Buffer.from('Jane Source', 'utf16le').swap16(),
]

/** An ICC v4 multi-localised text (`mluc`) holding one en-US string. */
function mluc(text: string): Buffer {
  const utf16 = Buffer.from(text, 'utf16le').swap16()
  const head = Buffer.alloc(28)
  head.write('mluc', 0, 'latin1')
  head.writeUInt32BE(1, 8)
  head.writeUInt32BE(12, 12)
  head.write('enUS', 16, 'latin1')
  head.writeUInt32BE(utf16.length, 20)
  head.writeUInt32BE(28, 24)
  return Buffer.concat([head, utf16])
}

const padded = (data: Buffer) => Buffer.concat([data, Buffer.alloc((4 - (data.length % 4)) % 4)])

/**
 * sharp's Display P3 profile with its description and copyright replaced and a device make and
 * model added, each holding `ICC_MARKER`: a real, working profile, as a camera or an editing
 * program writes one with its owner's words in it.
 */
async function markedP3Profile(): Promise<Buffer> {
  const tagged = await sharp({ create: { width: 1, height: 1, channels: 3, background: '#000' } })
    .png()
    .withIccProfile('p3')
    .toBuffer()
  const icc = (await sharp(tagged).metadata()).icc
  if (!icc) throw new Error('sharp wrote no P3 profile')
  const tags = new Map<string, Buffer>()
  for (let i = 0; i < icc.readUInt32BE(128); i++) {
    const entry = 132 + 12 * i
    const offset = icc.readUInt32BE(entry + 4)
    tags.set(
      icc.toString('latin1', entry, entry + 4),
      icc.subarray(offset, offset + icc.readUInt32BE(entry + 8)),
    )
  }
  for (const signature of ['desc', 'cprt', 'dmnd', 'dmdd']) tags.set(signature, mluc(ICC_MARKER))

  const table = Buffer.alloc(4 + 12 * tags.size)
  table.writeUInt32BE(tags.size, 0)
  const data: Buffer[] = []
  let offset = 128 + table.length
  ;[...tags].forEach(([signature, body], i) => {
    table.write(signature, 4 + 12 * i, 'latin1')
    table.writeUInt32BE(offset, 8 + 12 * i)
    table.writeUInt32BE(body.length, 12 + 12 * i)
    data.push(padded(body))
    offset += padded(body).length
  })
  const header = Buffer.from(icc.subarray(0, 128))
  header.writeUInt32BE(offset, 0)
  // The profile ID is an MD5 of the profile; zero means "not computed".
  header.fill(0, 84, 100)
  return Buffer.concat([header, table, ...data])
}

/**
 * A 1800×1300 picture in `format` whose pixels are in Display P3, tagged with the marked
 * profile: shown right, it is sRGB #c86432 (200, 100, 50) throughout.
 */
export async function markedIccImage(format: 'jpeg' | 'png' | 'avif'): Promise<Buffer> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'marked-icc-'))
  const profile = path.join(folder, 'marked-p3.icc')
  await writeFile(profile, await markedP3Profile())
  const image = sharp({
    create: { width: 1800, height: 1300, channels: 3, background: '#c86432' },
  }).withIccProfile(profile)
  try {
    return await (format === 'jpeg'
      ? image.jpeg({ quality: 95, chromaSubsampling: '4:4:4' }).toBuffer()
      : format === 'png'
        ? image.png().toBuffer()
        : image.avif({ quality: 90, chromaSubsampling: '4:4:4' }).toBuffer())
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}

/** The first pixel's values as stored, not colour-managed (sharp would convert them on read). */
export async function storedPixel(bytes: Buffer): Promise<number[]> {
  const raw = await sharp(bytes).keepIccProfile().raw().toBuffer()
  return [...raw.subarray(0, 3)]
}
