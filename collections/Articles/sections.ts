/** The newsroom's desks. The website renders only WEBSITE_SECTION; the others share the archive. */
export const SECTIONS = [
  { label: 'Military', value: 'military' },
  { label: 'Politics', value: 'politics' },
  { label: 'World', value: 'world' },
  { label: 'Economy', value: 'economy' },
  { label: 'Technology', value: 'technology' },
] as const

export type Section = (typeof SECTIONS)[number]['value']

/**
 * The desk the website and the content API show. Its value is also the site's path segment, so
 * changing it means renaming the route folders `app/(frontend)/<section>/` and
 * `app/(content-api)/api/v1/<section>/` (Next.js routes by folder name) and the proxy's matcher.
 */
export const WEBSITE_SECTION: Section = 'military'

function labelOf(section: Section): string {
  const option = SECTIONS.find(({ value }) => value === section)
  // Unreachable while Section is derived from SECTIONS; a clear message if that ever changes.
  if (!option) throw new Error(`No label for section "${section}"`)
  return option.label
}

/** The website section's name as readers see it: in headings, titles, JSON-LD and the feed. */
export const WEBSITE_SECTION_LABEL = labelOf(WEBSITE_SECTION)
