import escapeHTML from 'escape-html'

import type { BodyNodeType } from './bodyNodes'
import { HEADING_TAGS, TEXT_FORMAT } from './bodyNodes'
import { figureHtml } from './figureHtml'
import type { StoredNode } from './readNodes'
import { childrenOf, cleanString, rootOf } from './readNodes'
import { isExternal, safeHref } from './safeHref'

const inner = (node: StoredNode): string => childrenOf(node).map(nodeHtml).join('')

const hasBit = (format: unknown, bit: number): boolean =>
  typeof format === 'number' && Number.isInteger(format) && (format & bit) !== 0

function textHtml(node: StoredNode): string {
  let html = escapeHTML(cleanString(node.text))
  if (!html) return ''
  if (hasBit(node.format, TEXT_FORMAT.italic)) html = `<em>${html}</em>`
  if (hasBit(node.format, TEXT_FORMAT.bold)) html = `<strong>${html}</strong>`
  return html
}

const fieldsOf = (node: StoredNode): Record<string, unknown> =>
  typeof node.fields === 'object' && node.fields !== null
    ? (node.fields as Record<string, unknown>)
    : {}

/** A link only to a safe target; otherwise just its text. */
function linkHtml(node: StoredNode, mayOpenNewTab: boolean): string {
  const text = inner(node)
  const fields = fieldsOf(node)
  const href = safeHref(fields.url)
  if (!href) return text
  const rel = isExternal(href) ? ' rel="noopener noreferrer"' : ''
  const target = mayOpenNewTab && fields.newTab === true ? ' target="_blank"' : ''
  return `<a href="${escapeHTML(href)}"${rel}${target}>${text}</a>`
}

function listHtml(node: StoredNode): string {
  const items = inner(node)
  if (node.listType !== 'number') return `<ul>${items}</ul>`
  const start = node.start
  const from =
    typeof start === 'number' && Number.isInteger(start) && start > 1 && start <= 100_000
      ? ` start="${start}"`
      : ''
  return `<ol${from}>${items}</ol>`
}

/** Element for element, one converter per allowed type; no stored value is written unchecked. */
const CONVERTERS: Record<BodyNodeType, (node: StoredNode) => string> = {
  root: inner,
  paragraph: (node) => {
    const html = inner(node)
    return html ? `<p>${html}</p>` : ''
  },
  heading: (node) => {
    // The page's only <h1> is the headline: body headings stay within h2–h4, whatever is stored.
    const tag = HEADING_TAGS.find((allowed) => allowed === node.tag) ?? 'h2'
    return `<${tag}>${inner(node)}</${tag}>`
  },
  quote: (node) => `<blockquote>${inner(node)}</blockquote>`,
  list: listHtml,
  // No `value` attribute: the list numbers its items, and <ul> items may not carry one.
  listitem: (node) => `<li>${inner(node)}</li>`,
  link: (node) => linkHtml(node, true),
  autolink: (node) => linkHtml(node, false),
  upload: (node) => figureHtml(node.value),
  text: textHtml,
  tab: () => '\t',
  linebreak: () => '<br>',
}

const nodeHtml = (node: StoredNode): string => CONVERTERS[node.type](node)

/**
 * The article body as semantic, escaped HTML: the one renderer for the article page, draft and
 * live preview, the content API and the feed. It trusts nothing stored: only the node types the
 * editor offers are rendered, each from allowlisted or escaped values; other nodes are left out.
 */
export function lexicalToHtml(body: unknown): string {
  const root = rootOf(body)
  return root ? nodeHtml(root) : ''
}
