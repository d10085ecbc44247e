import sharp from 'sharp'

/** Strings planted in a test photo's metadata; none may survive an upload. */
export const PLANTED = {
  make: 'SpyCamMaker',
  model: 'Model-X-Secret',
  artist: 'Jane Source',
  xmpCreator: 'XmpCreatorName',
  iptcByline: 'IptcBylineName',
  pngAuthor: 'PngTextAuthor',
} as const

/** What an EXIF, XMP or IPTC block looks like in the bytes, whatever the container. */
export const METADATA_MARKERS = [
  ...Object.values(PLANTED),
  'Exif\0\0',
  'http://ns.adobe.com/xap/1.0/',
  'Photoshop 3.0',
  'eXIf',
  'tEXt',
]

const XMP = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${PLANTED.xmpCreator}</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>`

const EXIF = {
  IFD0: { Make: PLANTED.make, Model: PLANTED.model, Artist: PLANTED.artist },
  // libvips' IFD3 is the GPS directory: 51°30' N, 0°7' W.
  IFD3: {
    GPSLatitudeRef: 'N',
    GPSLatitude: '51/1 30/1 0/1',
    GPSLongitudeRef: 'W',
    GPSLongitude: '0/1 7/1 0/1',
  },
}

/** An APP13 segment (Photoshop IRB 0x0404) holding an IPTC By-line, as cameras' software writes it. */
function iptcSegment(): Buffer {
  const byline = Buffer.from(PLANTED.iptcByline)
  const dataset = Buffer.concat([Buffer.from([0x1c, 0x02, 0x50, 0, byline.length]), byline])
  const padded = dataset.length % 2 ? Buffer.concat([dataset, Buffer.from([0])]) : dataset
  const size = Buffer.alloc(4)
  size.writeUInt32BE(dataset.length)
  const irb = Buffer.concat([Buffer.from('8BIM'), Buffer.from([0x04, 0x04, 0, 0]), size, padded])
  const body = Buffer.concat([Buffer.from('Photoshop 3.0\0'), irb])
  const header = Buffer.from([0xff, 0xed, 0, 0])
  header.writeUInt16BE(body.length + 2, 2)
  return Buffer.concat([header, body])
}

/**
 * A 2000×1800 JPEG stored sideways (EXIF orientation 6: shown as 1800×2000, large enough for
 * every image size) with GPS, camera make and model, an artist, XMP, IPTC and a Display P3
 * colour profile.
 */
export async function taggedJpeg(): Promise<Buffer> {
  const jpeg = await sharp({
    create: { width: 2000, height: 1800, channels: 3, background: '#c04020' },
  })
    .jpeg()
    .withIccProfile('p3')
    .withExif(EXIF)
    .withXmp(XMP)
    .withMetadata({ orientation: 6 })
    .toBuffer()
  // Right after the start-of-image marker.
  return Buffer.concat([jpeg.subarray(0, 2), iptcSegment(), jpeg.subarray(2)])
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(typed))
  return Buffer.concat([length, typed, crc])
}

function crc32(bytes: Buffer): number {
  let crc = ~0
  for (const byte of bytes) {
    crc ^= byte
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1))
  }
  return ~crc >>> 0
}

/** A 1800×1200 PNG with EXIF (GPS, camera, artist), XMP and a tEXt Author chunk. */
export async function taggedPng(): Promise<Buffer> {
  const png = await sharp({
    create: { width: 1800, height: 1200, channels: 3, background: '#2050a0' },
  })
    .png()
    .withExif(EXIF)
    .withXmp(XMP)
    .toBuffer()
  const text = pngChunk('tEXt', Buffer.from(`Author\0${PLANTED.pngAuthor}`, 'latin1'))
  // Uncompressed, so the planted name is searchable as plain bytes; right after IHDR (8 + 25 bytes).
  return Buffer.concat([png.subarray(0, 33), text, png.subarray(33)])
}
