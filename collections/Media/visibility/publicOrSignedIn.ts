import type { Access, Where } from 'payload'

/**
 * Anonymous callers see a picture only once a published story of the website shows it (or it is
 * an author's portrait): `publicSince` is kept by `syncMediaVisibility`. The newsroom sees all.
 * Payload applies the same rule to the REST, GraphQL and Local API reads and to the file URLs
 * (`/api/media/file/<name>`, every size), so an unpublished picture has no public door.
 */
export const publicOrSignedIn: Access = ({ req: { user } }) => {
  if (user) return true
  const isPublic: Where = { publicSince: { less_than_equal: new Date().toISOString() } }
  return isPublic
}
