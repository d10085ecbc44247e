import type { BodyNodeType } from './bodyNodes'
import { BODY_LIMITS, CHILD_TYPES, isBodyNodeType, mayContain } from './bodyNodes'
import { NODE_SCHEMAS } from './bodySchema'

/** Where a body breaks the editor's rules, e.g. `root.children[2] (table)`, and how. */
export type BodyProblem = { path: string; message: string }

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const describe = (value: unknown): string =>
  typeof value === 'string' ? `"${value.slice(0, 40)}"` : typeof value

/**
 * The first place a body differs from what the article editor can produce, or null when it is
 * one the editor could have written: every node an allowed type in an allowed place, every
 * property known to its type with an allowed value, within the size limits.
 */
export function findBodyProblem(body: unknown): BodyProblem | null {
  if (!isRecord(body) || Object.keys(body).some((key) => key !== 'root')) {
    return { path: '(body)', message: 'a body is an object with one property, root' }
  }
  let nodes = 0
  const check = (
    node: unknown,
    path: string,
    parent: BodyNodeType | null,
    depth: number,
  ): BodyProblem | null => {
    nodes += 1
    if (nodes > BODY_LIMITS.nodes) {
      return { path, message: `a body may have at most ${BODY_LIMITS.nodes} nodes` }
    }
    if (depth > BODY_LIMITS.depth) {
      return { path, message: `nodes may nest at most ${BODY_LIMITS.depth} deep` }
    }
    if (!isRecord(node)) return { path, message: 'a node must be an object' }
    const { type } = node
    if (!isBodyNodeType(type)) {
      return { path: `${path} (${describe(type)})`, message: 'this node type is not allowed' }
    }
    const where = `${path} (${type})`
    if (parent === null ? type !== 'root' : !mayContain(parent, type)) {
      const inside = parent ?? 'the body'
      return { path: where, message: `a ${type} node may not be placed in ${inside}` }
    }
    const parsed = NODE_SCHEMAS[type].safeParse(node)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const keys = issue && 'keys' in issue ? (issue.keys as string[]) : []
      const property = [...(issue?.path ?? []), ...keys].join('.')
      return { path: where, message: `${property || 'node'}: ${issue?.message ?? 'invalid'}` }
    }
    const kids = CHILD_TYPES[type].length > 0 ? node.children : undefined
    if (!Array.isArray(kids)) return null
    for (const [index, child] of kids.entries()) {
      const problem = check(child, `${path}.children[${index}]`, type, depth + 1)
      if (problem) return problem
    }
    return null
  }
  return check(body.root, 'root', null, 0)
}
