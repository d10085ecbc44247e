import fc from 'fast-check'

import type { ElementNode, LexicalNode } from '@/articles/body/lexicalBuilders'
import {
  autolink,
  heading,
  lexicalBody,
  link,
  list,
  paragraph,
  quote,
  text,
} from '@/articles/body/lexicalBuilders'

/** Bodies the article editor can write: every node type it offers, every allowed value. */

const words = fc.string({ maxLength: 40 })

const formattedText: fc.Arbitrary<LexicalNode> = fc
  .record({ words, format: fc.integer({ min: 0, max: 2047 }) })
  .map(({ words, format }) => ({ ...text(words), format }))

const lineBreak = fc.constant({ type: 'linebreak', version: 1 } as unknown as LexicalNode)
const tab = fc.constant({ ...text('\t'), type: 'tab' } as unknown as LexicalNode)

const safeUrl = fc.constantFrom(
  'https://example.org/report?a=1&b=2',
  'http://example.org',
  'mailto:desk@example.org',
  'tel:+441234567890',
  '/military/another-story',
  '#notes',
)

const linkText = fc.array(fc.oneof(formattedText, lineBreak, tab), { minLength: 1, maxLength: 3 })

const anyLink = fc
  .record({
    url: safeUrl,
    newTab: fc.boolean(),
    children: linkText,
    auto: fc.boolean(),
    id: fc.option(fc.stringMatching(/^[a-f0-9]{24}$/), { nil: undefined }),
  })
  .map(({ url, newTab, children, auto, id }) =>
    auto
      ? autolink({ url, linkType: 'custom' }, ...children)
      : {
          ...link({ url, newTab, linkType: 'custom' }, ...children),
          version: 3,
          ...(id && { id }),
        },
  )

const inline = fc.array(
  fc.oneof({ weight: 4, arbitrary: formattedText }, lineBreak, tab, anyLink),
  {
    maxLength: 4,
  },
)

const alignment = fc.constantFrom('', 'left', 'start', 'center', 'right', 'end', 'justify')

/** Alignment, direction and indent the editor keeps on any block. */
const withBlockSettings = (node: ElementNode) =>
  fc
    .record({
      format: alignment,
      direction: fc.constantFrom('ltr', 'rtl', null),
      indent: fc.integer({ min: 0, max: 8 }),
    })
    .map((settings) => ({ ...node, ...settings }) as ElementNode)

const upload = fc
  .record({ value: fc.oneof(fc.integer({ min: 1 }), fc.stringMatching(/^[a-f0-9]{24}$/)) })
  .map(
    ({ value }) =>
      ({
        type: 'upload',
        version: 3,
        format: '',
        relationTo: 'media',
        value,
        fields: null,
        id: 'abc123',
      }) as unknown as ElementNode,
  )

const simpleList = fc
  .record({
    type: fc.constantFrom('bullet', 'number'),
    items: fc.array(words, { minLength: 1, maxLength: 3 }),
  })
  .map(({ type, items }) => list(type as 'bullet' | 'number', items))

/** A list whose first item holds a nested list, as Lexical nests them. */
const nestedList = fc.tuple(simpleList, simpleList).map(([outer, inner]) => ({
  ...outer,
  children: [...outer.children, { ...outer.children[0], children: [inner] } as ElementNode],
}))

const block: fc.Arbitrary<ElementNode> = fc.oneof(
  inline.chain((children) => withBlockSettings(paragraph(...children))),
  fc
    .record({ tag: fc.constantFrom('h2', 'h3', 'h4' as const), children: inline })
    .map(({ tag, children }) => heading(tag, ...children)),
  inline.map((children) => quote(...children)),
  simpleList,
  nestedList,
  upload,
)

export const validBody = fc
  .array(block, { maxLength: 6 })
  .map((blocks) => lexicalBody(...blocks) as unknown)
