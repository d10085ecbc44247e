import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { BODY_NODE_TYPES } from '@/articles/body/bodyNodes'
import { findBodyProblem } from '@/articles/body/findBodyProblem'
import { element, lexicalBody, paragraph, text } from '@/articles/body/lexicalBuilders'
import { seedArticles } from '@/seed/content'
import { toLexical } from '@/seed/lexical'

import { KNOWN_NODE_TYPES, hostileBody, hostileValue } from '../support/hostileLexical'
import { validBody } from '../support/validLexical'

const RUNS = 300

type Tree = { type?: unknown; children?: unknown; [key: string]: unknown }

/** Every node of a tree with the path `findBodyProblem` names it by. */
function nodesOf(tree: Tree, path = 'root'): { node: Tree; path: string }[] {
  const children = Array.isArray(tree.children) ? (tree.children as Tree[]) : []
  return [
    { node: tree, path },
    ...children.flatMap((child, index) => nodesOf(child, `${path}.children[${index}]`)),
  ]
}

/**
 * A copy to change with no node shared: fast-check reuses generated values while shrinking, and
 * one constant node may sit in several places of a tree.
 */
const rootOf = (body: unknown) => (JSON.parse(JSON.stringify(body)) as { root: Tree }).root

const FOREIGN_TYPES = KNOWN_NODE_TYPES.filter(
  (type) => !(BODY_NODE_TYPES as string[]).includes(type),
)

/** Properties no node of the editor has, and ones only some types have. */
const FOREIGN_PROPERTIES = [
  'headerState',
  'colSpan',
  'backgroundColor',
  'language',
  'html',
  'style',
  'onclick',
  'checked',
  'src',
  'relationTo',
  '$',
]

/** The types of the editor that do have one of those properties. */
const OWN_PROPERTIES: Record<string, string[]> = { relationTo: ['upload'], style: ['text', 'tab'] }

/** Values each property the editor does write must never have. */
const BAD_VALUES: Record<string, unknown[]> = {
  tag: ['h1', 'h5', 'script', 'table', 2, null],
  listType: ['check', 'ordered', '', 1],
  start: [0, -1, 1.5, '1', 10 ** 9],
  value: ['1; drop', -1, 1.5, {}, 'javascript:alert(1)'],
  format: [-1, 4096, 1.5, '1', 'x" onclick="1', 'middle'],
  indent: [-1, 99, '1', 0.5],
  direction: ['up', '', 1],
  version: [0, 99, '1', null],
  textFormat: [-1, 4096, '0'],
  textStyle: [1, 'x'.repeat(2_000)],
  detail: [4, -1, '0'],
  mode: ['script', 1],
  style: [1, null, 'x'.repeat(2_000)],
  text: [1, null, ['a'], 'x'.repeat(60_000)],
  children: ['x', {}, null, 1],
  fields: [null, 'x', { url: 'javascript:alert(1)', linkType: 'custom' }],
  relationTo: ['users', 'articles', ''],
  id: ['"><script>', 1, ''],
}

describe('the write validator (findBodyProblem)', () => {
  it('should accept every body the editor can write', () => {
    fc.assert(
      fc.property(validBody, (body) => {
        expect(findBodyProblem(body)).toBeNull()
      }),
      { numRuns: RUNS },
    )
  })

  it('should accept the demo newsroom, every story', () => {
    for (const article of seedArticles) {
      expect(findBodyProblem(toLexical(article.body)), article.title).toBeNull()
    }
  })

  it('should refuse a node of any type the editor does not offer, naming where it is', () => {
    const placed = fc.record({
      body: validBody,
      type: fc.oneof(fc.constantFrom(...FOREIGN_TYPES), fc.constantFrom('script', '', '__proto__')),
      where: fc.nat(),
      extra: fc.dictionary(fc.constantFrom('headerState', 'text', 'fields'), hostileValue),
    })
    fc.assert(
      fc.property(placed, ({ body, type, where, extra }) => {
        const containers = nodesOf(rootOf(body)).filter(({ node }) => Array.isArray(node.children))
        const target = containers[where % containers.length]
        if (!target) return
        const children = target.node.children as unknown[]
        const index = children.length
        children.push({ type, children: [], version: 1, ...extra })
        const problem = findBodyProblem({ root: containers[0]?.node })
        expect(problem?.path).toBe(`${target.path}.children[${index}] ("${type}")`)
      }),
      { numRuns: RUNS },
    )
  })

  it('should refuse a property the node type never has, naming node and property', () => {
    const changed = fc.record({
      body: validBody,
      where: fc.nat(),
      property: fc.constantFrom(...FOREIGN_PROPERTIES),
      value: hostileValue,
    })
    fc.assert(
      fc.property(changed, ({ body, where, property, value }) => {
        const nodes = nodesOf(rootOf(body))
        const target = nodes[where % nodes.length]
        if (!target || OWN_PROPERTIES[property]?.includes(String(target.node.type))) return
        target.node[property] = value ?? 'x'
        const problem = findBodyProblem({ root: nodes[0]?.node })
        expect(problem?.path).toBe(`${target.path} (${String(target.node.type)})`)
        expect(problem?.message).toContain(property)
      }),
      { numRuns: RUNS },
    )
  })

  it('should refuse a value the editor never writes for a property it does, naming both', () => {
    const changed = fc.record({ body: validBody, where: fc.nat(), pick: fc.nat() })
    fc.assert(
      fc.property(changed, ({ body, where, pick }) => {
        const root = rootOf(body)
        const candidates = nodesOf(root).flatMap(({ node, path }) =>
          Object.keys(node)
            .filter((key) => key in BAD_VALUES && !(key === 'fields' && node.type === 'upload'))
            .map((key) => ({ node, path, key })),
        )
        const target = candidates[where % candidates.length]
        if (!target) return
        const bad = BAD_VALUES[target.key] ?? []
        target.node[target.key] = bad[pick % bad.length]
        const problem = findBodyProblem({ root })
        expect(problem?.path.startsWith(target.path)).toBe(true)
        expect(problem?.message).toContain(target.key)
      }),
      { numRuns: RUNS },
    )
  })

  it('should refuse every hostile tree that holds a node type the editor does not offer', () => {
    const allowed = new Set<unknown>(BODY_NODE_TYPES)
    const hasForeignNode = (tree: Tree): boolean =>
      !allowed.has(tree.type) ||
      (Array.isArray(tree.children) &&
        (tree.children as unknown[]).some(
          (child) => typeof child !== 'object' || child === null || hasForeignNode(child as Tree),
        ))
    fc.assert(
      fc.property(hostileBody, (body) => {
        const root = (body as { root?: unknown } | null)?.root
        if (typeof root !== 'object' || root === null || !hasForeignNode(root as Tree)) return
        expect(findBodyProblem(body)).not.toBeNull()
      }),
      { numRuns: RUNS },
    )
  })

  it('should refuse the finding: script in a table cell, and links to script', () => {
    const table = element('table', [
      element('tablerow', [element('tablecell', ['cell'], { headerState: '"><img onerror=1>' })]),
    ])
    expect(findBodyProblem(lexicalBody(table))).toEqual({
      path: 'root.children[0] ("table")',
      message: 'this node type is not allowed',
    })
    const scriptLink = element('link', ['x'], {
      fields: { url: 'javascript:alert(1)', linkType: 'custom', newTab: false },
    })
    expect(findBodyProblem(lexicalBody(paragraph(scriptLink)))?.message).toMatch(/^fields\.url: /)
  })

  it('should refuse bodies beyond the size limits', () => {
    let deep = paragraph('deep')
    for (let level = 0; level < 20; level += 1) {
      deep = element('list', [element('listitem', [deep], { value: 1 })], {
        listType: 'bullet',
        start: 1,
        tag: 'ul',
      })
    }
    expect(findBodyProblem(lexicalBody(deep))?.message).toMatch(/nest at most/)
    const huge = lexicalBody(
      ...Array.from({ length: 4_000 }, () => paragraph(text('a'), text('b'), text('c'), text('d'))),
    )
    expect(findBodyProblem(huge)?.message).toMatch(/at most 20000 nodes/)
  })
})

describe('red team findings on bodies', () => {
  const paragraphWith = (text: Record<string, unknown>, link?: Record<string, unknown>) => ({
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: 'ltr',
          format: '',
          indent: 0,
          textFormat: 0,
          textStyle: '',
          children: [
            link
              ? {
                  type: 'link',
                  version: 3,
                  direction: 'ltr',
                  format: '',
                  indent: 0,
                  fields: { linkType: 'custom', newTab: true, ...link },
                  children: [
                    {
                      type: 'text',
                      version: 1,
                      detail: 0,
                      format: 0,
                      mode: 'normal',
                      style: '',
                      text: 'x',
                    },
                  ],
                }
              : {
                  type: 'text',
                  version: 1,
                  detail: 0,
                  format: 0,
                  mode: 'normal',
                  style: '',
                  text: 'x',
                  ...text,
                },
          ],
        },
      ],
    },
  })

  it.each(['/\\evil.example/x', '\\\\evil.example', '/%5Cevil.example', '/%2F%2Fevil.example'])(
    'should refuse a link to %s, which browsers send to another host',
    (url) => {
      expect(JSON.stringify(findBodyProblem(paragraphWith({}, { url })))).toMatch(/fields\.url/)
    },
  )

  it.each([
    'position:fixed;inset:0;z-index:99999',
    'background:url(https://evil.example/t.gif)',
    'color: red; background-image: url(x)',
    '@import "x"',
    'width: expression(alert(1))',
  ])('should refuse a text style that can overlay or load (%s)', (css) => {
    expect(JSON.stringify(findBodyProblem(paragraphWith({ style: css })))).toMatch(/style/)
  })

  it('should accept the colour and weight pasted text keeps', () => {
    expect(
      findBodyProblem(paragraphWith({ style: 'color: rgb(34, 34, 34); font-weight: 700;' })),
    ).toBeNull()
  })
})
