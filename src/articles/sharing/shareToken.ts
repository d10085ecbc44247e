import { createHash, randomBytes } from 'node:crypto'

/** 32 random bytes, base64url: 43 characters, unguessable, safe in a path segment. */
const TOKEN_BYTES = 32
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/

export const SHARE_LINK_DAYS = 7

export const newShareToken = (): string => randomBytes(TOKEN_BYTES).toString('base64url')

/**
 * Only this is stored: a leaked database or backup opens no preview. SHA-256 is enough (no
 * salt, no slow hash) because the token is 256 random bits, not something a person chose.
 */
export const hashShareToken = (token: string): string =>
  createHash('sha256').update(token).digest('hex')

/** Whether a path segment could be a token at all, so junk never reaches the database. */
export const isWellFormedShareToken = (token: string): boolean => TOKEN_SHAPE.test(token)

export const sharePath = (token: string): string => `/next/share/${token}`
