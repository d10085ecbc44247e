import sharp from 'sharp'

import type { SeedImage } from './content/types'

const WIDTH = 1600
const HEIGHT = 900

/** A small deterministic number stream, so the same key always draws the same picture. */
function numbersFrom(key: string): () => number {
  let state = [...key].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) >>> 0, 7)
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

/**
 * An abstract, text-free illustration (gradient, radar rings and a bearing line) drawn locally:
 * the demo needs no network, no stock photos and no fonts.
 */
export async function drawHeroImage(image: SeedImage): Promise<Buffer> {
  const next = numbersFrom(image.key)
  const [from, to] = image.palette
  const cx = Math.round(WIDTH * (0.25 + next() * 0.5))
  const cy = Math.round(HEIGHT * (0.3 + next() * 0.4))
  const rings = Array.from({ length: 6 }, (_, i) => {
    const r = 90 + i * 110
    return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="none" stroke="#ffffff" stroke-opacity="${0.28 - i * 0.035}" stroke-width="3"/>`
  }).join('')
  const angle = next() * Math.PI * 2
  const bx = Math.round(cx + Math.cos(angle) * 1400)
  const by = Math.round(cy + Math.sin(angle) * 1400)
  const blips = Array.from({ length: 5 }, () => {
    const x = Math.round(next() * WIDTH)
    const y = Math.round(next() * HEIGHT)
    return `<circle cx="${x}" cy="${y}" r="${8 + Math.round(next() * 10)}" fill="#ffffff" fill-opacity="0.55"/>`
  }).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/>
    </linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    ${rings}
    <line x1="${cx}" y1="${cy}" x2="${bx}" y2="${by}" stroke="#ffffff" stroke-opacity="0.35" stroke-width="4"/>
    ${blips}
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 84, mozjpeg: true }).toBuffer()
}
