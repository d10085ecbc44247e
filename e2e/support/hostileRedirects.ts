import fc from 'fast-check'

/**
 * Redirect targets that a naive `startsWith('/')` check lets through but a browser resolves to
 * another host (or a script), from an outside test of `/next/exit-preview?path=` and the usual
 * open-redirect lists. Shared by the unit test of `sameOriginPath` and the end-to-end spec.
 */
export const HOSTILE_REDIRECTS = [
  '//evil.example',
  '///evil.example',
  '/\\evil.example',
  '/\\/evil.example',
  '\\\\evil.example',
  '/\t/evil.example',
  '/\n/evil.example',
  '/\r\n/evil.example',
  '/%2F%2Fevil.example',
  '/%2f/evil.example',
  '/%5Cevil.example',
  '/%5c%5cevil.example',
  '/%252F%252Fevil.example',
  '/%09/evil.example',
  '/.//evil.example',
  '/..//evil.example',
  '/./\\evil.example',
  ' //evil.example',
  'https://evil.example',
  'http:evil.example',
  '//user@evil.example',
  '/\\user:pass@evil.example',
  'javascript:alert(1)',
  '\tjavascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '//evil。example',
  '//ｅｖｉｌ.example',
]

const pieces = fc.constantFrom(
  '/',
  '\\',
  '%2F',
  '%2f',
  '%5C',
  '%5c',
  '%252F',
  '%255C',
  '%09',
  '%0a',
  '%00',
  '%',
  '\t',
  '\n',
  '\r',
  ' ',
  '@',
  ':',
  '.',
  '..',
  '%2E',
  '?',
  '#',
  'javascript:',
  'data:',
  'http:',
  'https://',
  'evil.example',
  'localhost',
  '127.0.0.1',
  'military',
  'é',
  '。',
  'ｅｖｉｌ',
  '\u0000',
)

/**
 * Strings built from the pieces browsers and servers read as separators, hosts and schemes. Most
 * start with a slash, as a value must to pass the first, naive check.
 */
export const hostileRedirect = fc
  .tuple(
    fc.oneof({ weight: 6, arbitrary: fc.constant('/') }, fc.constantFrom('', ' ', '\t', '\\')),
    fc.array(fc.oneof({ weight: 6, arbitrary: pieces }, fc.string({ maxLength: 3 })), {
      minLength: 1,
      maxLength: 10,
    }),
  )
  .map(([lead, parts]) => lead + parts.join(''))
