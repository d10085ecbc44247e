/**
 * Characters XML 1.0 forbids (C0 controls other than tab, newline and carriage return; U+FFFE,
 * U+FFFF) and lone UTF-16 surrogates. Stored, one broke every feed and sitemap that carried it,
 * and a NUL cut SQLite's copy of the text short; no editor types them on purpose.
 */
const UNWRITABLE_SOURCE =
  '[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\ufffe\\uffff]|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]'

const UNWRITABLE = new RegExp(UNWRITABLE_SOURCE)
const EVERY_UNWRITABLE = new RegExp(UNWRITABLE_SOURCE, 'g')

export const hasUnwritableCharacter = (text: string): boolean => UNWRITABLE.test(text)

/** The text with those characters left out: for output that must stay valid XML whatever is stored. */
export const withoutUnwritableCharacters = (text: string): string =>
  text.replace(EVERY_UNWRITABLE, '')
