/** The image optimiser's address; its `url` parameter names the picture to resize. */
export const IMAGE_OPTIMISER_PATH = '/_next/image'

/**
 * Whether an image-optimiser request names its picture in any spelling but the plain one
 * (`/api/media/file/./a.webp`, `/api/media/file/%61.webp`, `/x/../api/media/file/a.webp`).
 * Each spelling fetches the same file but is cached apart: new work for the optimiser every
 * time, and a copy that forgetting the picture's own address (when it turns private) would
 * miss. The server answers 400 before the optimiser reads anything.
 */
export function isNonCanonicalPictureRequest(requestUrl: string): boolean {
  const url = new URL(requestUrl, 'http://site')
  if (url.pathname !== IMAGE_OPTIMISER_PATH) return false
  const picture = url.searchParams.get('url')
  if (picture === null || !picture.startsWith('/')) return false
  try {
    const resolved = new URL(picture, 'http://site')
    const segments = resolved.pathname.split('/')
    const isPlain = segments.every(
      (segment) => encodeURIComponent(decodeURIComponent(segment)) === segment,
    )
    return resolved.pathname + resolved.search !== picture || !isPlain
  } catch {
    return true
  }
}
