import { crc32 } from 'node:zlib'

import fc from 'fast-check'
import sharp from 'sharp'

import { nastyString } from './fuzz'

export type UploadFile = { name: string; mimeType: string; buffer: Buffer }

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const checksum = Buffer.alloc(4)
  checksum.writeUInt32BE(crc32(typed))
  return Buffer.concat([length, typed, checksum])
}

/** A PNG whose header claims `width`×`height` pixels: a decompression bomb as sharp first sees it. */
export function pngClaiming(width: number, height: number): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8)
  return Buffer.concat([
    PNG_SIGNATURE,
    pngChunk('IHDR', header),
    pngChunk('IDAT', Buffer.from([0x78, 0x9c, 0x63, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01])),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}

/** A small real PNG of noise (so truncating it cuts into pixel data). */
export const smallPng = () =>
  sharp({
    create: {
      width: 160,
      height: 90,
      channels: 3,
      background: '#000000',
      noise: { type: 'gaussian', mean: 128, sigma: 40 },
    },
  })
    .png()
    .toBuffer()

const SVG_WITH_SCRIPT =
  '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)" width="10" height="10"><script>alert(document.domain)</script><rect width="10" height="10"/></svg>'

/** Bytes that are not an image we accept, whatever name and type they arrive with. */
export const badBytes = (realPng: Buffer): fc.Arbitrary<Buffer> =>
  fc.oneof(
    fc.constant(Buffer.alloc(0)),
    fc.uint8Array({ minLength: 1, maxLength: 4096 }).map((bytes) => Buffer.from(bytes)),
    fc
      .uint8Array({ maxLength: 2048 })
      .map((bytes) => Buffer.concat([PNG_SIGNATURE, Buffer.from(bytes)])),
    fc
      .uint8Array({ maxLength: 2048 })
      .map((bytes) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(bytes)])),
    // Cut inside the header: a PNG cut later may still decode, and is tried with the names.
    fc.integer({ min: 1, max: 40 }).map((cut) => Buffer.from(realPng.subarray(0, cut))),
    fc
      .tuple(
        fc.integer({ min: 10_001, max: 0x7fffffff }),
        fc.integer({ min: 10_001, max: 0x7fffffff }),
      )
      .map(([width, height]) => pngClaiming(width, height)),
    fc.constantFrom(
      Buffer.from(SVG_WITH_SCRIPT),
      Buffer.from(`<?xml version="1.0"?>${SVG_WITH_SCRIPT}`),
      Buffer.from('<!doctype html><script>alert(1)</script>'),
      Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF'),
      Buffer.from(
        'GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;',
        'latin1',
      ),
      Buffer.from('#!/bin/sh\nrm -rf /\n'),
      pngClaiming(0, 0),
      pngClaiming(100_000, 100_000),
    ),
  )

/** Names that try to leave the media folder or confuse what the file is. */
export const hostileName: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '../../../../etc/passwd.png',
    '..\\..\\..\\windows\\win.ini.png',
    '/etc/passwd.png',
    'a/../../b.png',
    '%2e%2e%2f%2e%2e%2fx.png',
    '....//....//x.png',
    '.htaccess',
    ' ',
    '.png',
    'CON.png',
    'x.png.svg',
    'x.svg',
    'x.php.png',
    'x.png\u0000.svg',
    '<script>alert(1)</script>.png',
    `${'a'.repeat(300)}.png`,
  ),
  nastyString.map((name) => `${name}.png`),
)

export const declaredType = fc.constantFrom(
  'image/png',
  'image/jpeg',
  'image/webp',
  'image/svg+xml',
  'text/html',
  'application/octet-stream',
)

/** A real PNG, whole or cut short somewhere in its pixel data. */
export const realOrDamagedPng = (realPng: Buffer): fc.Arbitrary<Buffer> =>
  fc.oneof(
    fc.constant(realPng),
    fc
      .integer({ min: 60, max: realPng.length - 1 })
      .map((cut) => Buffer.from(realPng.subarray(0, cut))),
  )
