import fc from 'fast-check'

import { BODY_NODE_TYPES } from '@/articles/body/bodyNodes'

import { catalogLexicalNodes } from './lexicalNodeCatalog'

/** Every node type the installed Lexical packages and Payload's richtext-lexical define. */
export const LEXICAL_NODE_KINDS = await catalogLexicalNodes()

export const KNOWN_NODE_TYPES = LEXICAL_NODE_KINDS.map((kind) => kind.type)

const INVENTED_TYPES = ['script', 'iframe', 'html', 'html-embed', '__proto__', 'constructor', '']

/**
 * Found only in properties other than a text node's `text`: plain text must never show it,
 * because only the words a reader was meant to read go there.
 */
export const ATTRIBUTE_MARKER = 'x-attr-marker'

const HOSTILE_STRINGS = [
  `" onmouseover="alert('${ATTRIBUTE_MARKER}')`,
  `"><script>alert('${ATTRIBUTE_MARKER}')</script>`,
  `'><img src=x onerror=alert('${ATTRIBUTE_MARKER}')>`,
  `javascript:alert('${ATTRIBUTE_MARKER}')`,
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'java\u0000script:alert(1)',
  '\u0000javascript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'vbscript:msgbox(1)',
  `//evil.example/${ATTRIBUTE_MARKER}`,
  '/ok.jpg 1w, javascript:alert(1) 2w',
  `background:url(javascript:alert('${ATTRIBUTE_MARKER}'))`,
  `h1 onclick=alert('${ATTRIBUTE_MARKER}')`,
  '\u202eh2',
  '\uFF1Cscript\uFF1E',
  '\uD800',
  ']]><script>alert(1)</script>',
  '--><script>alert(1)</script><!--',
  // Values that pass some checks, so the trees also hold nodes that are partly valid.
  'h1',
  'h2',
  'h4',
  'script',
  'bullet',
  'number',
  'check',
  'ul',
  'ol',
  'media',
  'users',
  'custom',
  'internal',
  'ltr',
  'center',
  '',
  'https://example.org/a?b="c"&d=<e>',
  '/military/story',
  'mailto:desk@example.org',
  'image/svg+xml',
  'image/png',
]

/** Anything JSON can hold, and some things it cannot, in every property. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  fc.string(),
  fc.integer({ min: -5, max: 5000 }),
  fc.constantFrom(0, 1, 2, 3, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 40),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.constantFrom(...HOSTILE_STRINGS), { maxLength: 2 }),
  fc.dictionary(fc.constantFrom('url', 'toString', 'valueOf', 'href'), fc.string(), {
    maxKeys: 2,
  }),
)

const TEXT_STRINGS = [
  "<script>alert('text')</script>",
  '"><img src=x onerror=alert(1)>',
  '&amp; &lt; <b>bold</b>',
  'plain words',
  '\u0000\u0008\u001f\uFFFE',
  '\uD83D',
  ']]>',
]

/** What a text node's `text` holds: markup, control characters, half surrogates, non-strings. */
const hostileText: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TEXT_STRINGS) },
  { weight: 2, arbitrary: fc.string() },
  fc.integer(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 2 }),
)

/** Addresses a link or image may point at: some fine, most not. */
const hostileUrl: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom('https://example.org/a?b="c"&d=<e>', '/military/story', '/api/media/file/a.webp'),
  hostileValue,
)

const LINK_FIELDS = fc.record(
  {
    url: hostileUrl,
    newTab: hostileValue,
    linkType: hostileValue,
    doc: hostileValue,
    rel: hostileValue,
    target: hostileValue,
    onclick: hostileValue,
  },
  { requiredKeys: [] },
)

const SIZE = fc.record(
  { url: hostileUrl, width: hostileValue, height: hostileValue, mimeType: hostileValue },
  { requiredKeys: [] },
)

/** A populated upload value as the renderer meets it, with every Media field hostile. */
const HOSTILE_MEDIA = fc.record(
  {
    id: hostileValue,
    alt: hostileValue,
    caption: hostileValue,
    credit: hostileValue,
    creditUrl: hostileUrl,
    url: hostileUrl,
    mimeType: fc.oneof(fc.constantFrom('image/jpeg', 'image/svg+xml'), hostileValue),
    width: hostileValue,
    height: hostileValue,
    sizes: fc.oneof(
      fc.record({ card: SIZE, hero: SIZE, onload: hostileValue }, { requiredKeys: [] }),
      hostileValue,
    ),
  },
  { requiredKeys: [] },
)

/** Properties generated with values shaped for them; every other property gets `hostileValue`. */
const SHAPED_PROPERTIES: Record<string, fc.Arbitrary<unknown>> = {
  tag: fc.oneof(fc.constantFrom('h1', 'h3', 'h4', 'ul', 'ol'), hostileValue),
  listType: fc.oneof(fc.constantFrom('bullet', 'number', 'check'), hostileValue),
  value: fc.oneof(HOSTILE_MEDIA, hostileValue),
  fields: fc.oneof(LINK_FIELDS, hostileValue),
  format: fc.oneof(fc.integer({ min: 0, max: 3 }), hostileValue),
  url: hostileUrl,
}

/** Names no installed node type has, which a hostile client may still send. */
const INVENTED_PROPERTIES = ['onclick', 'src', 'alt', 'html', 'href', '$']

/** Every property any node type has anywhere, and the invented ones. */
const ALL_PROPERTIES = [
  ...new Set([...LEXICAL_NODE_KINDS.flatMap((kind) => kind.properties), ...INVENTED_PROPERTIES]),
]

/** `type`, `text` and `children` have arbitraries of their own (below). */
const hostileProperties = (names: string[]) =>
  Object.fromEntries(
    names
      .filter((name) => !['type', 'text', 'children'].includes(name))
      .map((name) => [name, SHAPED_PROPERTIES[name] ?? hostileValue]),
  )

/** The editor's own types, drawn more often, so trees reach every converter. */
const EDITOR_TYPES = KNOWN_NODE_TYPES.filter((type) => (BODY_NODE_TYPES as string[]).includes(type))

/**
 * Lexical-shaped trees: nodes of every installed type with hostile values in each of that type's
 * own properties, plus nodes of any type carrying properties of all the others, and invented types.
 */
export const hostileNode: fc.Arbitrary<Record<string, unknown>> = fc.letrec<{
  node: Record<string, unknown>
}>((tie) => {
  // Past the depth limit only the first choice is drawn: `chain` would otherwise recurse unbounded.
  const children = fc.oneof({ maxDepth: 6, depthIdentifier: 'lexical-tree' }, hostileValue, {
    weight: 5,
    arbitrary: fc.array(tie('node'), { maxLength: 3 }),
  })
  const common = { text: hostileText, children }
  const ownKind = (types: string[]) =>
    fc
      .constantFrom(...LEXICAL_NODE_KINDS.filter((kind) => types.includes(kind.type)))
      .chain((kind) =>
        fc.record(
          { type: fc.constant(kind.type), ...common, ...hostileProperties(kind.properties) },
          { requiredKeys: ['type'] },
        ),
      )
  const anyProperties = fc.record(
    {
      type: fc.oneof(
        fc.constantFrom(...KNOWN_NODE_TYPES),
        fc.constantFrom(...INVENTED_TYPES),
        hostileValue,
      ),
      ...common,
      ...hostileProperties(ALL_PROPERTIES),
    },
    { requiredKeys: ['type'] },
  )
  return {
    node: fc
      .oneof(
        { weight: 6, arbitrary: ownKind(EDITOR_TYPES) },
        { weight: 6, arbitrary: ownKind(KNOWN_NODE_TYPES) },
        { weight: 2, arbitrary: anyProperties },
      )
      .map((node) => node as Record<string, unknown>),
  }
}).node

/** A whole body: a root whose children are hostile nodes, or something that is no body at all. */
export const hostileBody: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.array(hostileNode, { maxLength: 4 }).map((children) => ({
      root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 },
    })),
  },
  hostileNode.map((root) => ({ root })),
  hostileValue,
)
