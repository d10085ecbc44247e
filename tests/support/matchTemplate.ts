type Params = Record<string, string | string[]>

/** Next.js tries a catch-all only when no specific route fits. */
export const isCatchAll = (template: string) => template.includes('{...')

/**
 * The params of `pathname` if it fits the path template, as Next.js would pass them: `{slug}`
 * takes one non-empty segment, `{...path}` the rest (none at all leaves it out), each decoded;
 * null when it does not fit.
 */
export function matchTemplate(template: string, pathname: string): Params | null {
  const wanted = template.split('/').slice(1)
  const given = pathname.split('/').slice(1)
  const params: Params = {}
  for (const [index, segment] of wanted.entries()) {
    const catchAll = segment.match(/^\{\.\.\.(\w+)\}$/)?.[1]
    if (catchAll) {
      const rest = given.slice(index)
      if (rest.length > 0) params[catchAll] = rest.map(decodeURIComponent)
      return params
    }
    const value = given[index]
    const name = segment.match(/^\{(\w+)\}$/)?.[1]
    if (value === undefined || (name ? value === '' : value !== segment)) return null
    if (name) params[name] = decodeURIComponent(value)
  }
  return given.length === wanted.length ? params : null
}
