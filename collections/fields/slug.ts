import type { CollectionSlug, FieldHook, RowField, TextField } from 'payload'
import transliterate from '@sindresorhus/transliterate'
import { slugField, ValidationError } from 'payload'

/** Lowercase words joined by single hyphens: the only shape a URL segment of ours takes. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const MAX_SLUG_LENGTH = 96

/**
 * "Europe's Air-Defence Gap: 5 Lessons" → "europes-air-defence-gap-5-lessons". Letters outside
 * ASCII are transliterated first (Łask → lask, Tromsø → tromso, Москва → moskva) rather than
 * dropped: NFKD alone only strips accents and loses ł, ø, ß and every Cyrillic or Greek letter.
 */
export function toSlug(text: string): string {
  return transliterate(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, '')
}

async function suggestFreeSlug(
  taken: (slug: string) => Promise<boolean>,
  slug: string,
): Promise<string> {
  for (let n = 2; n < 100; n++) {
    const candidate = `${slug}-${n}`
    if (!(await taken(candidate))) return candidate
  }
  return `${slug}-${Date.now().toString(36)}`
}

/**
 * Checks shape and uniqueness before the database does, so an editor reads what is wrong and what
 * to use instead rather than a bare "value must be unique". Runs on drafts too, where Payload
 * skips field validation.
 */
const ensureValidUniqueSlug =
  (collection: CollectionSlug): FieldHook =>
  async ({ value, originalDoc, req }) => {
    if (typeof value !== 'string' || value === '') return value
    const error = (message: string) =>
      new ValidationError({ collection, errors: [{ path: 'slug', message }], req })

    if (!SLUG_PATTERN.test(value)) {
      throw error(
        `The slug "${value}" is not valid: use lowercase letters, digits and single hyphens, such as "${toSlug(value) || 'my-article'}".`,
      )
    }
    const taken = async (slug: string) => {
      const { docs } = await req.payload.find({
        collection,
        where: {
          slug: { equals: slug },
          ...(originalDoc?.id ? { id: { not_equals: originalDoc.id } } : {}),
        },
        limit: 1,
        depth: 0,
        draft: true,
        overrideAccess: true,
        req,
      })
      return docs.length > 0
    }
    if (await taken(value)) {
      throw error(
        `The slug "${value}" is already used by another document. Try "${await suggestFreeSlug(taken, value)}".`,
      )
    }
    return value
  }

/** Payload's slug field (generated from the title, editable in the sidebar) with our rules on top. */
export function slug(collection: CollectionSlug, useAsSlug = 'title'): RowField {
  return slugField({
    useAsSlug,
    slugify: ({ valueToSlugify }) =>
      typeof valueToSlugify === 'string' ? toSlug(valueToSlugify) : undefined,
    overrides: (row) => ({
      ...row,
      fields: row.fields.map((field) =>
        'name' in field && field.name === 'slug'
          ? ({
              ...field,
              admin: {
                ...field.admin,
                description: 'Lowercase words joined by hyphens. Generated from the title.',
              },
              hooks: { beforeChange: [ensureValidUniqueSlug(collection)] },
            } as TextField)
          : field,
      ),
    }),
  })
}
