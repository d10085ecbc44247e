export const MIN_PASSWORD_LENGTH = 12

/** Payload hashes any length; a cap keeps PBKDF2 from being fed megabytes. */
export const MAX_PASSWORD_LENGTH = 256

/** Long enough to pass the length rule, yet tried first by anyone guessing. */
const COMMON_PASSWORDS = new Set([
  '123456789012',
  '1234567890123',
  '123456789abc',
  'password1234',
  'password12345',
  'password123456',
  'passwordpassword',
  'qwertyuiop123',
  'qwertyuiopasdf',
  'qwerty123456',
  'iloveyou1234',
  'letmein12345',
  'welcome12345',
  'administrator',
  'admin1234567',
  'changeme1234',
  'dispatch1234',
  'dispatchdispatch',
  '111111111111',
  'aaaaaaaaaaaa',
])

/**
 * What is wrong with a new password, in words for the person choosing it; null when it is fine.
 * Length over complexity rules, as NIST SP 800-63B advises.
 */
export function passwordProblem(password: string, email?: string | null): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return `The password must be at most ${MAX_PASSWORD_LENGTH} characters long.`
  }
  const lower = password.toLowerCase()
  if (email && [email.toLowerCase(), email.split('@')[0]?.toLowerCase()].includes(lower)) {
    return 'The password must not be your email address.'
  }
  if (COMMON_PASSWORDS.has(lower) || /^(.)\1+$/.test(password)) {
    return 'This password is too common. Choose a longer phrase of your own.'
  }
  return null
}
