/** A note is one or two plain sentences; the longest the desk has needed is well under this. */
export const MAX_NOTE_LENGTH = 1000

// Control characters (other than line breaks) have no place in text readers see.
const CONTROL_CHARACTERS = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f]/
// Something that reads as a tag or entity: notes are plain text, shown exactly as typed.
const MARKUP = /<\/?[a-z!?][^>]*>|&[a-z0-9#]+;/i

/** Why a correction or update note is refused, or `true` when it is fine. */
export function checkNoteText(value: unknown): true | string {
  if (typeof value !== 'string' || value.trim() === '')
    return 'Write what was corrected or updated.'
  if (value.length > MAX_NOTE_LENGTH) return `Keep the note under ${MAX_NOTE_LENGTH} characters.`
  if (CONTROL_CHARACTERS.test(value)) return 'The note contains characters that cannot be shown.'
  if (MARKUP.test(value)) return 'Notes are plain text: leave out HTML tags and entities.'
  return true
}
