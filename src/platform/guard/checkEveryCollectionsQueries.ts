import type { CollectionBeforeOperationHook, SanitizedConfig } from 'payload'

import { refuseBadPaginationHook } from './refuseBadPagination'
import { refuseBadWhereHook } from './refuseBadWhere'

const CHECKS: CollectionBeforeOperationHook[] = [refuseBadWhereHook, refuseBadPaginationHook]

/**
 * Puts the query checks first on every collection of the finished config: ours, Payload's own
 * (locks, preferences, jobs, migrations), which plugins never see, and any added later.
 */
export function checkEveryCollectionsQueries(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    const hooks = (collection.hooks.beforeOperation ??= [])
    const missing = CHECKS.filter((check) => !hooks.includes(check))
    hooks.unshift(...missing)
  }
  return config
}
