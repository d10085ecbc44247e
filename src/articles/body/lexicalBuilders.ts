/**
 * Article bodies in the JSON shape Payload's Lexical editor stores, built node by node: one set
 * of builders for the demo seed, the tests and the end-to-end suite, so they all write what the
 * editor writes. Children given as strings become plain text nodes.
 */

export type TextNode = {
  type: 'text'
  text: string
  format: number
  detail: number
  mode: 'normal'
  style: string
  version: 1
}

export type ElementNode = {
  type: string
  children: LexicalNode[]
  direction: 'ltr'
  format: ''
  indent: number
  version: number
  [key: string]: unknown
}

export type LexicalNode = TextNode | ElementNode

export type LexicalBody = { root: ElementNode }

type Child = LexicalNode | string

/** The subheadings the article editor offers: the page's h1 is the headline. */
export type HeadingTag = 'h2' | 'h3' | 'h4'

export type LinkFields = { url: string; linkType: 'custom'; newTab?: boolean }

export const text = (value: string): TextNode => ({
  type: 'text',
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

const nodesOf = (children: Child[]): LexicalNode[] =>
  children.map((child) => (typeof child === 'string' ? text(child) : child))

/** Any element node; also for the odd or hostile nodes tests store on purpose. */
export const element = (
  type: string,
  children: Child[],
  extra: Record<string, unknown> = {},
): ElementNode => ({
  type,
  children: nodesOf(children),
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

export const paragraph = (...children: Child[]) =>
  element('paragraph', children, { textFormat: 0, textStyle: '' })

export const heading = (tag: HeadingTag, ...children: Child[]) =>
  element('heading', children, { tag })

export const quote = (...children: Child[]) => element('quote', children)

/** A bulleted or numbered list, one list item per entry. */
export const list = (listType: 'bullet' | 'number', items: Child[]) =>
  element(
    'list',
    items.map((item, index) => element('listitem', [item], { value: index + 1 })),
    { listType, start: 1, tag: listType === 'bullet' ? 'ul' : 'ol' },
  )

export const link = (fields: LinkFields, ...children: Child[]) =>
  element('link', children, { fields })

/** A link the editor made by itself from a typed or pasted address. */
export const autolink = (fields: LinkFields, ...children: Child[]) =>
  element('autolink', children, { fields })

/** A whole body: what an article's `body` field holds. */
export const lexicalBody = (...children: ElementNode[]): LexicalBody => ({
  root: element('root', children),
})
