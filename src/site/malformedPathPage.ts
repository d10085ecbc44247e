import { SECTION_PATH } from '@/articles/urls'
import { WEBSITE_SECTION_LABEL } from '@collections/Articles/sections'

/** The page a reader gets for a web address that is not valid: what happened and a way on. */
export const malformedPathPage = (): string =>
  `<!doctype html><html lang="en"><meta charset="utf-8"><title>Bad request · Dispatch</title><h1>Bad request</h1><p>This web address is not valid. <a href="${SECTION_PATH}">Go to the ${WEBSITE_SECTION_LABEL} section</a>.</p></html>`
