import type {
  ASTNode,
  DocumentNode,
  FragmentDefinitionNode,
  ValidationContext,
  ValidationRule,
} from 'graphql'
import { GraphQLError, Kind, visit } from 'graphql'

import { requestedDocuments } from './graphqlDocumentCount'
import { GRAPHQL_MAX_DOCUMENTS } from './queryLimits'

/**
 * Payload's complexity score counts 1 per field and 10 per relationship. A rich query for a page
 * of articles with authors, avatars and image sizes scores about 100; this leaves room for that
 * several times over and refuses the aliased fan-outs that would be slow to answer.
 */
export const GRAPHQL_MAX_COMPLEXITY = 500

/**
 * Nesting of selections. The deepest useful public path, Articles.docs.authors.avatar.sizes.card.url,
 * is 7; deeper ones only go through versions and joins, which is what a slow query is made of.
 */
export const GRAPHQL_MAX_DEPTH = 7

/** Field selections in one request, fragments expanded: a schema-free measure of fan-out. */
export const GRAPHQL_MAX_FIELDS = 250

/** Schema introspection is bounded by the schema itself (and off in production). */
const INTROSPECTION = new Set(['__schema', '__type'])

type SelectionOwner = { selectionSet?: { selections: readonly ASTNode[] } }

type Fragments = (name: string) => SelectionOwner | undefined | null

type Shape = { depth: number; fields: number; documents?: number }

/** How deep a selection nests and how many fields it selects, following fragments once per path. */
function shapeOf(node: SelectionOwner, fragments: Fragments, visited: Set<string>): Shape {
  const shape: Shape = { depth: 0, fields: 0 }
  for (const selection of node.selectionSet?.selections ?? []) {
    let inner: Shape | null = null
    if (selection.kind === Kind.FIELD) {
      if (INTROSPECTION.has(selection.name.value)) continue
      const child = shapeOf(selection, fragments, visited)
      inner = { depth: child.depth + 1, fields: child.fields + 1 }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      inner = shapeOf(selection, fragments, visited)
    } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const name = selection.name.value
      const fragment = fragments(name)
      if (fragment && !visited.has(name)) {
        inner = shapeOf(fragment, fragments, new Set(visited).add(name))
      }
    }
    if (!inner) continue
    shape.depth = Math.max(shape.depth, inner.depth)
    shape.fields += inner.fields
  }
  return shape
}

function tooHeavy(shape: Shape): string | null {
  if (shape.depth > GRAPHQL_MAX_DEPTH) {
    return `The query is nested ${shape.depth} levels deep; the maximum is ${GRAPHQL_MAX_DEPTH}.`
  }
  if (shape.fields > GRAPHQL_MAX_FIELDS) {
    return `The query selects ${shape.fields} fields; the maximum is ${GRAPHQL_MAX_FIELDS}.`
  }
  if (shape.documents !== undefined && shape.documents > GRAPHQL_MAX_DOCUMENTS) {
    return `The query asks for up to ${shape.documents} documents (lists and aliases, times their limits); the maximum is ${GRAPHQL_MAX_DOCUMENTS}.`
  }
  return null
}

/** Depth, fields and documents of one operation. */
function measure(node: SelectionOwner, fragments: Fragments): Shape {
  return {
    ...shapeOf(node, fragments, new Set()),
    documents: requestedDocuments(node, fragments),
  }
}

/** Refuses, before anything runs, operations nested too deep or selecting too much. */
export const queryShapeRule: ValidationRule = (context: ValidationContext) => ({
  OperationDefinition(operation) {
    const problem = tooHeavy(measure(operation, (name) => context.getFragment(name)))
    if (problem) context.reportError(new GraphQLError(problem, { nodes: [operation] }))
  },
})

/**
 * A fragment that spreads itself, directly or through others. GraphQL forbids it, but Payload
 * scores complexity before validating, and that recursion overflowed the stack: a 500.
 */
function fragmentInCycle(fragments: Map<string, FragmentDefinitionNode>): string | null {
  const spreads = (fragment: FragmentDefinitionNode) => {
    const names: string[] = []
    visit(fragment, { FragmentSpread: (node) => void names.push(node.name.value) })
    return names
  }
  const finished = new Set<string>()
  const walk = (name: string, path: Set<string>): string | null => {
    if (path.has(name)) return name
    const fragment = fragments.get(name)
    if (!fragment || finished.has(name)) return null
    for (const next of spreads(fragment)) {
      const cycle = walk(next, new Set(path).add(name))
      if (cycle) return cycle
    }
    finished.add(name)
    return null
  }
  for (const name of fragments.keys()) {
    const cycle = walk(name, new Set())
    if (cycle) return cycle
  }
  return null
}

/**
 * The same check on a parsed document, for the proxy: Payload's GraphQL route answers validation
 * errors with 200 to clients that accept plain JSON, and a refusal should be a 400 for everyone.
 */
export function heavyQueryProblem(document: DocumentNode): string | null {
  const fragments = new Map(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition]] : [],
    ),
  )
  const cycle = fragmentInCycle(fragments)
  if (cycle) return `Fragment "${cycle}" spreads itself; fragments may not form a cycle.`
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue
    // The schema has no subscription type, and Payload's complexity check crashed on one (a 500).
    if (definition.operation === 'subscription') return 'Subscriptions are not supported.'
    const problem = tooHeavy(measure(definition, (name) => fragments.get(name)))
    if (problem) return problem
  }
  return null
}

export const graphqlLimits = {
  maxComplexity: GRAPHQL_MAX_COMPLEXITY,
  validationRules: () => [queryShapeRule],
}
