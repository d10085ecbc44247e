/**
 * The node types the article editor (articleEditor.ts) can make, and which may hold which: the one
 * allowlist both the write validator (bodySchema.ts) and the renderers (toHtml.ts, plainText.ts)
 * are built from. A type the editor cannot make is refused on write and left out on read.
 */

/** Inline content: what paragraphs, headings, quotes and list items hold. */
const INLINE = ['text', 'linebreak', 'tab', 'link', 'autolink'] as const

/** What a link holds: text, never another link. */
const LINK_CONTENT = ['text', 'linebreak', 'tab'] as const

export const CHILD_TYPES = {
  root: ['paragraph', 'heading', 'quote', 'list', 'upload'],
  paragraph: INLINE,
  heading: INLINE,
  quote: INLINE,
  list: ['listitem'],
  // A nested list lives in a list item of its own.
  listitem: [...INLINE, 'list'],
  link: LINK_CONTENT,
  autolink: LINK_CONTENT,
  upload: [],
  text: [],
  linebreak: [],
  tab: [],
} as const satisfies Record<string, readonly string[]>

export type BodyNodeType = keyof typeof CHILD_TYPES

export const BODY_NODE_TYPES = Object.keys(CHILD_TYPES) as BodyNodeType[]

export const isBodyNodeType = (type: unknown): type is BodyNodeType =>
  typeof type === 'string' && Object.hasOwn(CHILD_TYPES, type)

/** Whether a node of `child` type may sit directly inside a node of `parent` type. */
export const mayContain = (parent: BodyNodeType, child: unknown): child is BodyNodeType =>
  isBodyNodeType(child) && (CHILD_TYPES[parent] as readonly string[]).includes(child)

/** Subheadings only: the page's h1 is the headline. */
export const HEADING_TAGS = ['h2', 'h3', 'h4'] as const

export const LIST_TYPES = ['bullet', 'number'] as const

/** Lexical's text format bits; of these the editor offers bold and italic. */
export const TEXT_FORMAT = { bold: 1, italic: 2 } as const

/** Limits no real story comes near, so a hostile body cannot make every read expensive. */
export const BODY_LIMITS = {
  depth: 12,
  nodes: 20_000,
  childrenPerNode: 5_000,
  textLength: 50_000,
  indent: 8,
  styleLength: 1_000,
} as const
