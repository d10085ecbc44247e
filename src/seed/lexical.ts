import type { SeedBlock } from './content/types'

type TextNode = {
  type: 'text'
  text: string
  format: number
  detail: number
  mode: 'normal'
  style: string
  version: 1
}

const text = (value: string): TextNode => ({
  type: 'text',
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

type LexicalNode = { type: string; version: number; [key: string]: unknown }

const element = (type: string, children: LexicalNode[], extra: Record<string, unknown>) => ({
  type,
  children,
  direction: 'ltr' as const,
  format: '' as const,
  indent: 0,
  version: 1,
  ...extra,
})

function toNode(block: SeedBlock): LexicalNode {
  switch (block.type) {
    case 'p':
      return element('paragraph', [text(block.text)], { textFormat: 0, textStyle: '' })
    case 'h2':
    case 'h3':
      return element('heading', [text(block.text)], { tag: block.type })
    case 'quote':
      return element('quote', [text(block.text)], {})
    case 'ul':
    case 'ol':
      return element(
        'list',
        block.items.map((item, index) => element('listitem', [text(item)], { value: index + 1 })),
        { listType: block.type === 'ul' ? 'bullet' : 'number', start: 1, tag: block.type },
      )
  }
}

/** The demo text, in the JSON shape Payload's Lexical editor stores. */
export function toLexical(blocks: SeedBlock[]) {
  return {
    root: element('root', blocks.map(toNode), {}),
  }
}
