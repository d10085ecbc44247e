import type { GraphQLExtension, SanitizedConfig } from 'payload'
import { NotFound } from 'payload'

/** Payload's REST route for the link in a verification email. */
const VERIFY_PATH = '/verify/:id'

type AuthCollection = SanitizedConfig['collections'][number]

const verifiesEmail = (collection: AuthCollection) =>
  Boolean(collection.auth && collection.auth.verify)

/**
 * Payload mounts `POST /api/<collection>/verify/<token>` and the `verifyEmail<Type>` mutation on
 * every auth collection, verification on or not; with it off there is no token field, and the
 * lookup failed with a 500 ("Cannot find field for path at _verificationToken"). Where nothing
 * can be verified, the route is gone (404 like any unknown path) and the mutation answers 404.
 */
export function closeEmailVerification(config: SanitizedConfig): SanitizedConfig {
  const closed = config.collections.filter(
    (collection) => collection.auth && !verifiesEmail(collection),
  )
  for (const collection of closed) {
    if (Array.isArray(collection.endpoints)) {
      collection.endpoints = collection.endpoints.filter(
        (endpoint) => endpoint.path !== VERIFY_PATH,
      )
    }
  }
  const ownMutations = config.graphQL.mutations
  const mutations: GraphQLExtension = (GraphQL, context) => {
    const refused: Record<string, unknown> = {}
    for (const { slug } of closed) {
      const typeName = context.collections[slug]?.graphQL?.type.name
      if (!typeName) continue
      refused[`verifyEmail${typeName}`] = {
        type: GraphQL.GraphQLBoolean,
        args: { token: { type: GraphQL.GraphQLString } },
        resolve: () => {
          throw new NotFound()
        },
      }
    }
    return { ...refused, ...ownMutations?.(GraphQL, context) }
  }
  config.graphQL.mutations = mutations
  return config
}
