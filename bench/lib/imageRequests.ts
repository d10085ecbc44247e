/** The `/_next/image` URLs the image bench asks for: what pages request, then hostile ones. */

const IMAGE_URL = /\/_next\/image\?url=[^"'\s,]+/g

/** Every `/_next/image` address a page's HTML names (`src` and each `srcset` candidate). */
export function imageUrlsIn(html: string): string[] {
  return [...html.matchAll(IMAGE_URL)].map((match) => match[0].replaceAll('&amp;', '&'))
}

/** Widths Next.js accepts by default (deviceSizes and imageSizes): what an attacker starts with. */
const DEFAULT_WIDTHS = [32, 48, 64, 96, 128, 256, 384, 640, 750, 828, 1080, 1200, 1920, 2048, 3840]

const optimised = (file: string, width: number, quality: number, extra = '') =>
  `/_next/image?url=${encodeURIComponent(file)}&w=${width}&q=${quality}${extra}`

/**
 * Distinct variations a client can invent for files the site serves: every default width,
 * qualities pages never ask for, a cache-busting `v` on the optimiser's own query and on the
 * file's URL, and files that do not exist. `large` names originals worth decoding at full size.
 */
export function hostileImageUrls(files: string[], large: string[], count: number): string[] {
  const urls: string[] = []
  const push = (url: string) => urls.length < count && urls.push(url)
  // A few on the large originals: each is a full decode when it is not cached.
  for (const file of large) {
    for (const width of [640, 1080, 1920, 3840]) push(optimised(file, width, 75))
    for (let v = 0; v < 8; v++) push(optimised(`${file}?v=${v}`, 1080, 75))
  }
  for (let round = 0; urls.length < count; round++) {
    for (const [index, file] of files.entries()) {
      const width = DEFAULT_WIDTHS[round % DEFAULT_WIDTHS.length] ?? 640
      push(optimised(file, width, 75, `&v=${round}`))
      push(optimised(`${file}?v=${round}`, width, 75))
      push(optimised(file, width, 1 + (round % 100)))
      push(optimised(file, 100 + round, 75))
      push(optimised(`/api/media/file/missing-${round}-${index}.jpg`, 640, 75))
    }
  }
  return [...new Set(urls)]
}
