import type { DocumentNode, SelectionSetNode } from 'graphql'
import { Kind } from 'graphql'

/**
 * Payload's auth operations that take a secret from the caller (a password, a reset token) or
 * mail one out: what a guesser or a spammer calls. `logout`, `me` and `refresh-token` act only on
 * a session the caller already holds, and `verify` is off (no email verification), so they are
 * ordinary requests.
 */
const AUTH_OPERATIONS = ['login', 'forgot-password', 'reset-password', 'unlock', 'first-register']

/** Their GraphQL mutations, one per auth collection: loginUser, forgotPasswordUser, ... */
const AUTH_MUTATION = /^(login|forgotPassword|resetPassword|unlock)[A-Z]/

/** `/api/<collection>/<operation>` in canonical form (see canonicalPath.ts). */
export function isAuthEndpoint(path: string): boolean {
  const [api, collection, operation, ...rest] = path.split('/').filter(Boolean)
  return (
    api === 'api' &&
    Boolean(collection) &&
    rest.length === 0 &&
    AUTH_OPERATIONS.includes(operation ?? '')
  )
}

function countIn(
  selectionSet: SelectionSetNode,
  fragments: Map<string, SelectionSetNode>,
  seen: Set<string>,
): number {
  let count = 0
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (AUTH_MUTATION.test(selection.name.value)) count += 1
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      count += countIn(selection.selectionSet, fragments, seen)
    } else {
      const name = selection.name.value
      const fragment = fragments.get(name)
      if (fragment && !seen.has(name))
        count += countIn(fragment, fragments, new Set(seen).add(name))
    }
  }
  return count
}

/**
 * Sign-in and reset mutations in a GraphQL document, every alias and every operation counted
 * (only one operation runs, but the caller chooses which after we have looked).
 */
export function authMutationCount(document: DocumentNode): number {
  const fragments = new Map<string, SelectionSetNode>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition.selectionSet)
    }
  }
  let count = 0
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      count += countIn(definition.selectionSet, fragments, new Set())
    }
  }
  return count
}
