/**
 * A picture's files are all named from one stem: the original `<stem>.<ext>` and each size
 * `<stem>-<width>x<height>.<ext>` (Payload's naming). Two pictures share a file exactly when
 * their stems meet here, compared as a case-insensitive file system or URL would.
 */
const SIZE_SUFFIX = /-\d+x\d+$/

/** The name without its extension, folded as a case-insensitive disk would fold it. */
const foldedStem = (filename: string) => {
  const dot = filename.lastIndexOf('.')
  return (dot > 0 ? filename.slice(0, dot) : filename).normalize('NFC').toLowerCase()
}

/**
 * The stems a file name can collide on: its own, and, for a name that ends like a size
 * (`harbour-1600x900`), the stem whose size it could be (`harbour`).
 */
export function stemsOf(filenameOrStem: string, hasExtension = true): string[] {
  const stem = hasExtension
    ? foldedStem(filenameOrStem)
    : filenameOrStem.normalize('NFC').toLowerCase()
  const ofSize = stem.replace(SIZE_SUFFIX, '')
  return ofSize === stem ? [stem] : [stem, ofSize]
}

/** Windows device names, which Payload's file-name sanitiser empties. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i

/** Room for a size suffix and an extension within a file system's 255 bytes. */
const MAX_STEM_BYTES = 150

/**
 * The uploader's name made into a stem Payload stores as it is: letters, digits, `-`, `_` and
 * `.` only (everything else becomes `-`), no leading or trailing dots or dashes, at most
 * 150 bytes. Payload's own sanitiser then changes nothing, so the stem checked is the stem stored.
 */
export function cleanStem(uploadedName: string): string {
  const base = uploadedName.replace(/\\/g, '/').split('/').pop() ?? ''
  const dot = base.lastIndexOf('.')
  const cleaned = (dot > 0 ? base.slice(0, dot) : base)
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}_.-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '')
  let stem = ''
  for (const char of cleaned) {
    if (Buffer.byteLength(stem + char) > MAX_STEM_BYTES) break
    stem += char
  }
  stem = stem.replace(/[.-]+$/, '')
  if (!stem) return 'picture'
  return RESERVED.test(stem) ? `${stem}-picture` : stem
}
