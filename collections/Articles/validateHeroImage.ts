import type { UploadFieldSingleValidation } from 'payload'

import { MEDIA } from '../slugs'

/**
 * Runs when a story is published (drafts skip validation): says what is missing and where to fix
 * it, rather than "This field is required".
 */
export const validateHeroImage: UploadFieldSingleValidation = async (value, { req }) => {
  if (!value) return 'Choose a hero image before publishing: every published story leads with one.'
  const id = typeof value === 'object' && value && 'id' in value ? value.id : value
  const image = await req.payload
    .findByID({ collection: MEDIA, id: id as string, depth: 0, overrideAccess: true, req })
    .catch(() => null)
  if (!image) return 'The chosen hero image no longer exists. Choose another before publishing.'
  const missing = [
    !image.alt?.trim() && 'alt text (what the picture shows)',
    !image.credit?.trim() && 'a credit (its source, such as "Al Jazeera")',
  ].filter(Boolean)
  if (missing.length > 0) {
    return `The hero image "${image.filename ?? image.alt}" needs ${missing.join(' and ')} before publishing. Add it in Media.`
  }
  return true
}
