import type { z } from 'zod'

import type { ParamIssue } from '../schemas/common'
import { invalidParameters } from './ApiError'

/**
 * Parses a URL's query string strictly with a zod schema: unknown parameters, repeated ones and
 * bad values each become an issue naming the parameter, answered with a 400.
 */
export function parseQuery<T extends z.ZodType>(schema: T, url: URL): z.output<T> {
  const values: Record<string, string> = {}
  const issues: ParamIssue[] = []
  for (const key of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(key)
    if (all.length > 1) issues.push({ param: key, message: 'must be given once' })
    values[key] = all[0] ?? ''
  }

  const result = schema.safeParse(values)
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          issues.push({ param: key, message: 'is not a parameter of this endpoint' })
        }
      } else {
        const param = String(issue.path[0] ?? 'query')
        if (!issues.some((known) => known.param === param)) {
          issues.push({ param, message: issue.message })
        }
      }
    }
  }
  if (issues.length > 0 || !result.success) throw invalidParameters(issues)
  return result.data
}
