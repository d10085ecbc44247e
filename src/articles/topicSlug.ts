/**
 * A tag's address segment: letters and digits of any script, lowercased and composed one way
 * (NFC), every other run of characters one hyphen. Slashes, dots, `?` and `#` never reach the
 * URL, and "Air Defence" and "air defence" are one topic. A tag with no letters or digits has
 * no slug (''), and so no topic page.
 */
export function topicSlug(tag: string): string {
  return tag
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment)
  } catch {
    return null
  }
}

/**
 * The slug in a topic address, whether the router hands it over percent-encoded or decoded, or
 * null when it is not exactly a slug `topicSlug` makes (one address per topic, no variants).
 */
export function parseTopicSlug(segment: string): string | null {
  const slug = segment.includes('%') ? decodeSegment(segment) : segment
  if (!slug || topicSlug(slug) !== slug) return null
  return slug
}
