import type { ASTNode, ValidationContext, ValidationRule } from 'graphql'
import { GraphQLError, Kind } from 'graphql'

/**
 * Payload's complexity score counts 1 per field and 10 per relationship. A rich query for a page
 * of articles with authors, avatars and image sizes scores about 100; this leaves room for that
 * several times over and refuses the aliased fan-outs that would be slow to answer.
 */
export const GRAPHQL_MAX_COMPLEXITY = 500

/** Nesting of selections; Dispatch's deepest real path (Articles.docs.authors.avatar.sizes.card.url) is 6. */
export const GRAPHQL_MAX_DEPTH = 8

type SelectionOwner = { selectionSet?: { selections: readonly ASTNode[] } }

/** Refuses, before anything runs, operations nested deeper than `maxDepth` (fragments followed). */
export function maxDepthRule(maxDepth: number): ValidationRule {
  return (context: ValidationContext) => {
    const depthOf = (node: SelectionOwner, visited: Set<string>): number => {
      let deepest = 0
      for (const selection of node.selectionSet?.selections ?? []) {
        if (selection.kind === Kind.FIELD) {
          deepest = Math.max(deepest, 1 + depthOf(selection, visited))
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection, visited))
        } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
          const name = selection.name.value
          const fragment = context.getFragment(name)
          if (!fragment || visited.has(name)) continue
          deepest = Math.max(deepest, depthOf(fragment, new Set(visited).add(name)))
        }
      }
      return deepest
    }

    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation, new Set())
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(
              `The query is nested ${depth} levels deep; the maximum is ${maxDepth}.`,
              { nodes: [operation] },
            ),
          )
        }
      },
    }
  }
}

export const graphqlLimits = {
  maxComplexity: GRAPHQL_MAX_COMPLEXITY,
  validationRules: () => [maxDepthRule(GRAPHQL_MAX_DEPTH)],
}
