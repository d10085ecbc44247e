/** The newsroom's desks. The website renders only Military; the others live in the same archive. */
export const SECTIONS = [
  { label: 'Military', value: 'military' },
  { label: 'Politics', value: 'politics' },
  { label: 'World', value: 'world' },
  { label: 'Economy', value: 'economy' },
  { label: 'Technology', value: 'technology' },
] as const

export type Section = (typeof SECTIONS)[number]['value']

export const WEBSITE_SECTION: Section = 'military'
