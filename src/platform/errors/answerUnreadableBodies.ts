import type { AfterErrorHook } from 'payload'

/**
 * Messages of the multipart parser (busboy) and of Payload's upload reader when a body is not the
 * form it claims to be. Payload rethrows them as status 500; they are the caller's mistake.
 */
const UNREADABLE_BODY = new Set([
  'Malformed content type',
  'Malformed part header',
  'Malformed urlencoded form',
  'Missing Content-Type',
  'Multipart: Boundary not found',
  'Unexpected end of file',
  'Unexpected end of form',
  'Request is not eligible for file upload',
])

const isUnreadableBody = (error: Error) =>
  UNREADABLE_BODY.has(error.message) ||
  error.message.startsWith('Unsupported content type') ||
  // `_payload` in a multipart body is parsed with a bare JSON.parse.
  (error instanceof SyntaxError && /JSON/.test(error.message))

/** Answers a body that cannot be read with a 400 that says so, instead of "Something went wrong". */
export const answerUnreadableBodies: AfterErrorHook = ({ error }) => {
  if (!isUnreadableBody(error)) return
  return {
    status: 400,
    response: {
      errors: [
        {
          message: `The request body could not be read (${error.message}). Send JSON, or multipart form data with a _payload field of JSON.`,
        },
      ],
    },
  }
}
