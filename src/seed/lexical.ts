import type { ElementNode } from '@/articles/body/lexicalBuilders'
import { heading, lexicalBody, list, paragraph, quote } from '@/articles/body/lexicalBuilders'

import type { SeedBlock } from './content/types'

function toNode(block: SeedBlock): ElementNode {
  switch (block.type) {
    case 'p':
      return paragraph(block.text)
    case 'h2':
    case 'h3':
      return heading(block.type, block.text)
    case 'quote':
      return quote(block.text)
    case 'ul':
      return list('bullet', block.items)
    case 'ol':
      return list('number', block.items)
  }
}

/** The demo text, in the JSON shape Payload's Lexical editor stores. */
export function toLexical(blocks: SeedBlock[]) {
  return lexicalBody(...blocks.map(toNode))
}
