import { z } from 'zod'

import { MEDIA } from '@collections/slugs'
import { hasUnwritableCharacter } from '@/platform/validation/unwritableCharacters'

import type { BodyNodeType } from './bodyNodes'
import { BODY_LIMITS, HEADING_TAGS, LIST_TYPES } from './bodyNodes'
import { safeHref } from './safeHref'

/**
 * Each node type's properties as the article editor writes them, and nothing else: strict objects,
 * so an unknown property is refused by name. Children are checked by `findBodyProblem`, which
 * walks the tree with these schemas.
 */

const version = z.int().min(1).max(3)
const children = z.array(z.unknown()).max(BODY_LIMITS.childrenPerNode)
const direction = z.enum(['ltr', 'rtl']).nullable()
const alignment = z.enum(['', 'left', 'start', 'center', 'right', 'end', 'justify'])
const indent = z.int().min(0).max(BODY_LIMITS.indent)
/**
 * Lexical keeps a text's inline CSS, and the admin's editor applies it to what editors see. The
 * toolbar offers no styles, but pasted text can carry a colour or a weight: those few properties,
 * with plain values, pass; anything that positions, overlays or loads (`position`, `url(…)`,
 * `@import`, `expression`) is refused.
 */
const STYLE_PROPERTIES = new Set([
  'color',
  'background-color',
  'font-weight',
  'font-style',
  'text-decoration',
])
const STYLE_VALUE = /^(?:[#a-z0-9 ,.%-]|(?:rgba?|hsla?)\([0-9 ,.%]*\))*$/i
const isHarmlessStyle = (css: string) =>
  css
    .split(';')
    .filter((declaration) => declaration.trim() !== '')
    .every((declaration) => {
      const [property = '', value = '', ...rest] = declaration.split(':')
      return (
        rest.length === 0 &&
        STYLE_PROPERTIES.has(property.trim().toLowerCase()) &&
        STYLE_VALUE.test(value.trim())
      )
    })
const style = z
  .string()
  .max(BODY_LIMITS.styleLength)
  .refine(isHarmlessStyle, { error: 'only colour, weight, style and decoration may be set' })
// Every Lexical text format bit (bold … capitalize). Pasted text keeps underline, code and the
// like although the toolbar offers only bold and italic; the renderers show only those two.
const textFormat = z.int().min(0).max(2047)

const element = {
  children,
  direction,
  format: alignment,
  indent,
  version,
  textFormat: textFormat.optional(),
  textStyle: style.optional(),
}

const textLike = {
  detail: z.int().min(0).max(3),
  format: textFormat,
  mode: z.enum(['normal', 'token', 'segmented']),
  style,
  version,
}

const linkFields = z.strictObject({
  linkType: z.literal('custom'),
  url: z
    .string()
    .max(2_000)
    .refine((url) => safeHref(url) !== null, {
      message: 'must be a web, mail or phone address, or a path on this site',
    }),
  newTab: z.boolean().optional(),
})

/** Payload's ids: SQLite numbers or strings, MongoDB ObjectId strings. */
const documentId = z.union([z.int().positive(), z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)])
const nodeId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)

export const NODE_SCHEMAS: Record<BodyNodeType, z.ZodType> = {
  root: z.strictObject({ type: z.literal('root'), ...element }),
  paragraph: z.strictObject({ type: z.literal('paragraph'), ...element }),
  heading: z.strictObject({ type: z.literal('heading'), ...element, tag: z.enum(HEADING_TAGS) }),
  quote: z.strictObject({ type: z.literal('quote'), ...element }),
  list: z
    .strictObject({
      type: z.literal('list'),
      ...element,
      listType: z.enum(LIST_TYPES),
      start: z.int().min(1).max(100_000),
      tag: z.enum(['ul', 'ol']),
    })
    .refine((list) => list.tag === (list.listType === 'bullet' ? 'ul' : 'ol'), {
      message: 'tag must be ul for a bullet list and ol for a numbered one',
      path: ['tag'],
    }),
  listitem: z.strictObject({
    type: z.literal('listitem'),
    ...element,
    value: z.int().min(0).max(100_000),
  }),
  link: z.strictObject({
    type: z.literal('link'),
    ...element,
    fields: linkFields,
    id: nodeId.optional(),
  }),
  autolink: z.strictObject({ type: z.literal('autolink'), ...element, fields: linkFields }),
  upload: z.strictObject({
    type: z.literal('upload'),
    version,
    format: alignment,
    relationTo: z.literal(MEDIA),
    value: documentId,
    // The feature is configured with no fields of its own, so there is nothing to store here.
    fields: z.union([z.null(), z.strictObject({})]).optional(),
    id: nodeId.optional(),
  }),
  text: z.strictObject({
    type: z.literal('text'),
    ...textLike,
    text: z
      .string()
      .max(BODY_LIMITS.textLength)
      .refine((text) => !hasUnwritableCharacter(text), 'must not contain control characters'),
  }),
  tab: z.strictObject({ type: z.literal('tab'), ...textLike, text: z.literal('\t') }),
  linebreak: z.strictObject({ type: z.literal('linebreak'), version }),
}
