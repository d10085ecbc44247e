/**
 * Payload's REST routes JSON.parse a `where` or `data` query parameter given as one string, with
 * no guard: `?where=oops` answered 500. Checked here, before Payload sees it, and refused with a
 * 400 that says which parameter is wrong.
 */
const JSON_PARAMETERS = ['where', 'data'] as const

export function restQueryProblem(searchParams: URLSearchParams): string | null {
  for (const name of JSON_PARAMETERS) {
    for (const value of searchParams.getAll(name)) {
      if (value === '') continue
      try {
        const parsed: unknown = JSON.parse(value)
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw parsed
      } catch {
        return `${name} must be a JSON object or given as ${name}[field][operator]=value.`
      }
    }
  }
  return null
}
