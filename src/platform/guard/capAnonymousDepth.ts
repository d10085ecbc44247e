import type { CollectionBeforeOperationHook, Plugin } from 'payload'

/**
 * The deepest population an anonymous REST caller gets: an article with its authors and their
 * avatars. Deeper requests are answered at this depth (as Payload does with its own maxDepth),
 * so a public URL cannot make the server join its way across the whole database.
 */
export const MAX_ANONYMOUS_DEPTH = 2

export const capAnonymousDepthHook: CollectionBeforeOperationHook = ({ args, req }) => {
  const isAnonymousRest = req.payloadAPI === 'REST' && !req.user
  if (!isAnonymousRest || !('depth' in args) || typeof args.depth !== 'number') return args
  if (args.depth <= MAX_ANONYMOUS_DEPTH) return args
  return { ...args, depth: MAX_ANONYMOUS_DEPTH }
}

/** Adds the cap to every collection, so one added later is capped too. */
export const capAnonymousDepth: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [...(collection.hooks?.beforeOperation ?? []), capAnonymousDepthHook],
    },
  })),
})
