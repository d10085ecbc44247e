import { z } from 'zod'

export type SchemaMeta = { id: string; description?: string }

/**
 * Every named response schema of the content API. The OpenAPI document lists them as
 * components, so a schema registered here is documented by the same object that validates.
 */
export const contentApiSchemas = z.registry<SchemaMeta>()

export function named<T extends z.ZodType>(schema: T, meta: SchemaMeta): T {
  contentApiSchemas.add(schema, meta)
  return schema
}
