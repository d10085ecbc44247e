import type { NextConfig } from 'next'

/**
 * What `/_next/image` will make: only the picture sizes the site's own components ask for, so a
 * client cannot invent new work by varying `w`, `q` or the file's address (anything else answers
 * 400 before a picture is read). next/image builds each `srcset` from these lists:
 *
 * - `deviceSizes`: the full-width pictures (`sizes` in `100vw`): the hero (`HeroImage`, 768 CSS
 *   px wide at most) and the cards (`ArticleCard`: 240 px, the lead 768 px). 480 serves a card on
 *   any screen and the hero on a small phone, 828 a phone's full width (375–414 px at 2×) or the
 *   hero at 1×, 1200 a phone at 3×, 1600 the hero at 2× (the hero size is 1600 px wide: more
 *   would only re-encode the same pixels).
 * - `imageSizes`: fixed-width pictures: the author's portrait (`AuthorProfile`, 96 px at 1× and 2×).
 *
 * A component that shows a picture at another width needs its width added here
 * (e2e/images.optimiser.spec.ts requests every size the pages name).
 */
export const imageOptimiser = {
  // Files of the media library only, and without a query string: each new `?v=` would be a
  // new picture to decode and resize.
  localPatterns: [{ pathname: '/api/media/file/**', search: '' }],
  deviceSizes: [480, 828, 1200, 1600],
  imageSizes: [96, 192],
  // next/image's default quality; no component sets another.
  qualities: [75],
  formats: ['image/webp'],
  // The resized pictures are kept on disk (.next/cache/images), least recently used dropped
  // first past this size: a bound on the disk, whatever URLs clients invent.
  maximumDiskCacheSize: 256 * 1024 * 1024,
} satisfies NextConfig['images']
