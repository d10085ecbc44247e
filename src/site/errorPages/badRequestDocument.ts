import escapeHtml from 'escape-html'

import { SECTION_PATH } from '@/articles/urls'
import { WEBSITE_SECTION_LABEL } from '@collections/Articles/sections'

const MESSAGE = /<main id="content" class="message">[\s\S]*?<\/main>/
const TITLE = /<title>[^<]*<\/title>/

const badRequestMessage = () =>
  `<main id="content" class="message"><h1>Bad request</h1><p>This web address is not valid.</p>` +
  `<p><a href="${escapeHtml(SECTION_PATH)}">Back to the ${escapeHtml(WEBSITE_SECTION_LABEL)} section</a></p></main>`

/**
 * The 400 for a web address that cannot be decoded, in the site's own frame: the 404 document
 * with its message and title swapped. Null when that document does not have the expected shape
 * (the caller then sends the plain page).
 */
export function badRequestDocument(notFoundDocument: string): string | null {
  if (!MESSAGE.test(notFoundDocument) || !TITLE.test(notFoundDocument)) return null
  return notFoundDocument
    .replace(TITLE, () => '<title>Bad request · Dispatch</title>')
    .replace(MESSAGE, () => badRequestMessage())
}
