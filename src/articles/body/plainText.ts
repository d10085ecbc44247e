import type { BodyNodeType } from './bodyNodes'
import type { StoredNode } from './readNodes'
import { childrenOf, cleanString, rootOf } from './readNodes'

const joined = (node: StoredNode, separator: string): string =>
  childrenOf(node)
    .map(nodeText)
    .filter((text) => text !== '')
    .join(separator)

/** The same allowlist as the HTML: text the page does not show is not searched or counted either. */
const TEXT_OF: Record<BodyNodeType, (node: StoredNode) => string> = {
  root: (node) => joined(node, '\n\n'),
  paragraph: (node) => joined(node, ''),
  heading: (node) => joined(node, ''),
  quote: (node) => joined(node, ''),
  list: (node) => joined(node, '\n'),
  listitem: (node) => joined(node, ''),
  link: (node) => joined(node, ''),
  autolink: (node) => joined(node, ''),
  // A picture's words (alt, caption) belong to the media library, not to the story's text.
  upload: () => '',
  text: (node) => cleanString(node.text),
  tab: () => '\t',
  linebreak: () => '\n',
}

const nodeText = (node: StoredNode): string => TEXT_OF[node.type](node)

/** The body's words for search, reading time and the content API's `body.text`. */
export function lexicalToPlainText(body: unknown): string {
  const root = rootOf(body)
  return root ? nodeText(root) : ''
}

const WORDS_PER_MINUTE = 230

/** Whole minutes, at least one: what "4 min read" shows. */
export function readingTimeOf(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE))
}
