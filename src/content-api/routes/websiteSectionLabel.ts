import { SECTIONS, WEBSITE_SECTION } from '@collections/Articles/sections'

/** The website's desk as readers see it named: it appears in operationIds, summaries and errors. */
export const WEBSITE_SECTION_LABEL: string =
  SECTIONS.find((section) => section.value === WEBSITE_SECTION)?.label ?? WEBSITE_SECTION
