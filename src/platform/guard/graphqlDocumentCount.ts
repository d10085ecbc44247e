import type { ASTNode, FieldNode } from 'graphql'
import { Kind } from 'graphql'

import { MAX_LIST_LIMIT } from './queryLimits'

/** Payload's GraphQL lists return this many documents when no limit is given. */
const DEFAULT_LIST_LIMIT = 10

type SelectionOwner = { selectionSet?: { selections: readonly ASTNode[] } }

type Fragments = (name: string) => SelectionOwner | undefined | null

/** A list is a field that takes a `limit` or answers with `docs` (Payload's paginated shape). */
function listLimit(field: FieldNode): number | null {
  const limit = field.arguments?.find((argument) => argument.name.value === 'limit')
  const hasDocs = field.selectionSet?.selections.some(
    (selection) => selection.kind === Kind.FIELD && selection.name.value === 'docs',
  )
  if (!limit) return hasDocs ? DEFAULT_LIST_LIMIT : null
  // A variable is not known here; counted at the most the server would answer with.
  if (limit.value.kind !== Kind.INT) return MAX_LIST_LIMIT
  const value = Number(limit.value.value)
  return value >= 1 && value <= MAX_LIST_LIMIT ? value : MAX_LIST_LIMIT
}

/**
 * How many documents an operation may fetch: every list (aliases each count) times the lists
 * around it, fragments expanded once per path. Schema-free, so it also runs in the proxy.
 */
export function requestedDocuments(
  node: SelectionOwner,
  fragments: Fragments,
  visited: Set<string> = new Set(),
  around = 1,
): number {
  let total = 0
  for (const selection of node.selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      const limit = listLimit(selection)
      const each = limit === null ? around : around * limit
      if (limit !== null) total += each
      total += requestedDocuments(selection, fragments, visited, each)
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      total += requestedDocuments(selection, fragments, visited, around)
    } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const name = selection.name.value
      const fragment = fragments(name)
      if (fragment && !visited.has(name)) {
        total += requestedDocuments(fragment, fragments, new Set(visited).add(name), around)
      }
    }
  }
  return total
}
