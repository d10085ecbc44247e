import type { SanitizedConfig } from 'payload'

/**
 * A collection with `endpoints: false` (Payload's migrations) answered every REST request with
 * 501 Not Implemented: a 5xx for a path that simply is not there. With no endpoints at all
 * Payload answers 404 instead, as for any unknown route.
 */
export function answerClosedCollectionsWith404(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    if (collection.endpoints === false) collection.endpoints = []
  }
  return config
}
