import fc from 'fast-check'

/**
 * Script payloads, each calling alert() with a marker so a run can tell its own payload from
 * anything else on the page. `{m}` is replaced with the marker.
 */
const TEMPLATES = [
  "<script>alert('{m}')</script>",
  "\"><img src=x onerror=alert('{m}')>",
  "'><svg/onload=alert('{m}')>",
  "</script><script>alert('{m}')</script>",
  "</title><script>alert('{m}')</script>",
  "]]><script>alert('{m}')</script>",
  "--><script>alert('{m}')</script><!--",
  '<iframe srcdoc="<script>alert(\'{m}\')</script>"></iframe>',
  '<a href="javascript:alert(\'{m}\')">x</a>',
  "javascript:alert('{m}')",
  "<details open ontoggle=alert('{m}')>",
  '{{constructor.constructor(\'alert("{m}")\')()}}',
]

/** Link targets that would run script if written into an href. */
const SCRIPT_URLS = [
  "javascript:alert('{m}')",
  " JaVaScRiPt:alert('{m}')",
  "java\tscript:alert('{m}')",
  "vbscript:msgbox('{m}')",
  "data:text/html,<script>alert('{m}')</script>",
]

export const hostileText = (marker: string) =>
  fc.constantFrom(...TEMPLATES).map((template) => template.replaceAll('{m}', marker))

export const hostileUrl = (marker: string) =>
  fc.constantFrom(...SCRIPT_URLS).map((template) => template.replaceAll('{m}', marker))

/**
 * Raw markup that would run the marker's script: only present when something was written into
 * HTML or XML unescaped (escaped text shows as &lt;script&gt; or \u003cscript).
 */
export function executableMarkup(html: string, marker: string): string[] {
  const found: string[] = []
  const patterns = [
    new RegExp(`<script>alert\\('${marker}'\\)`, 'i'),
    new RegExp(`<img src=x onerror=alert\\('${marker}'\\)`, 'i'),
    new RegExp(`<svg/onload=alert\\('${marker}'\\)`, 'i'),
    new RegExp(`<details open ontoggle=alert\\('${marker}'\\)`, 'i'),
    new RegExp(`<iframe srcdoc=`, 'i'),
    // An attribute of a real tag (in escaped text the `<` would be `&lt;`).
    /<[a-z][^<>]*\s(?:href|src|action|formaction)\s*=\s*["']?\s*(?:java\s*script|vbscript|data:text\/html)/i,
  ]
  for (const pattern of patterns) {
    const match = html.match(pattern)
    if (match)
      found.push(html.slice(Math.max(0, (match.index ?? 0) - 80), (match.index ?? 0) + 120))
  }
  return found
}

/** The parts of an RSS or sitemap document that readers treat as HTML or as markup. */
export function markupOfXml(xml: string): string {
  const htmlFields = [
    ...xml.matchAll(
      /<(description|content:encoded)><!\[CDATA\[([\s\S]*?)\]\]><\/(?:description|content:encoded)>/g,
    ),
  ].map((match) => match[2] ?? '')
  // Elsewhere CDATA holds plain text (titles); everything outside it must be escaped XML.
  const outsideCdata = xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '')
  return [...htmlFields, outsideCdata].join('\n')
}

/** The HTML a content API answer carries (its `html` fields); the rest is plain text. */
export function htmlOfContentApi(value: unknown): string {
  if (Array.isArray(value)) return value.map(htmlOfContentApi).join('\n')
  if (!value || typeof value !== 'object') return ''
  return Object.entries(value)
    .map(([key, inner]) =>
      key === 'html' && typeof inner === 'string' ? inner : htmlOfContentApi(inner),
    )
    .join('\n')
}
