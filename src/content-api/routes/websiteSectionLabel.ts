import { SECTIONS, WEBSITE_SECTION } from '@collections/Articles/sections'

/** The website's desk as readers see it named, for the operationIds, summaries and descriptions. */
export const WEBSITE_SECTION_LABEL: string =
  SECTIONS.find((section) => section.value === WEBSITE_SECTION)?.label ?? WEBSITE_SECTION
