import type { Reply } from './route'

const JSON_TYPE = 'application/json; charset=utf-8'

/** The allowlist: whatever the handler built, only what the schema names is sent. */
export function serialise(reply: Reply): { text: string; contentType: string } {
  if ('text' in reply) return { text: reply.text, contentType: reply.contentType }
  return { text: JSON.stringify(reply.schema.parse(reply.data)), contentType: JSON_TYPE }
}
