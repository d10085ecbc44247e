import { z } from 'zod'

import { env } from '@/platform/env'
import { WEBSITE_SECTION_LABEL } from '@collections/Articles/sections'

import { MAX_ANONYMOUS_DEPTH } from '@/platform/guard/capAnonymousDepth'

import '../schemas/responses'
import '../schemas/view'
import '../schemas/liveEntry'
import { contentApiSchemas } from '../schemas/registry'
import type { Operation } from './operations'
import { documentedOperations } from './operations'
import { webhookOperations } from './webhooks'

export type JsonSchema = { [keyword: string]: unknown }

export type OpenApiDocument = {
  openapi: '3.1.0'
  info: { title: string; version: string; description: string }
  servers: { url: string }[]
  tags: { name: string }[]
  paths: Record<string, Record<string, JsonSchema>>
  webhooks: Record<string, Record<string, JsonSchema>>
  components: { schemas: Record<string, JsonSchema> }
}

export const API_VERSION = '1.0.0'

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })

/** Component schemas live in the document: their own $schema and $id would only confuse tools. */
function withoutDialect(schema: JsonSchema): JsonSchema {
  const { $schema: _dialect, $id: _id, ...rest } = schema
  return rest
}

function queryParameters(query: z.ZodObject) {
  return Object.entries(query.shape).map(([name, field]) => {
    const schema = withoutDialect(z.toJSONSchema(field as z.ZodType, { io: 'input' }) as JsonSchema)
    const { description, ...rest } = schema
    return {
      name,
      in: 'query',
      required: !(field as z.ZodType).safeParse(undefined).success,
      description,
      schema: rest,
    }
  })
}

const HTTP_HEADERS = {
  ETag: { description: 'Send it back as If-None-Match to get a 304', schema: { type: 'string' } },
  'Cache-Control': { schema: { type: 'string' } },
}

function operationObject(operation: Operation): JsonSchema {
  const parameters = [
    ...(operation.pathParams ?? []).map((param) => ({
      name: param.name,
      in: 'path',
      required: true,
      description: param.description,
      schema: { type: 'string', minLength: 1 },
    })),
    ...(operation.query ? queryParameters(operation.query) : []),
  ]
  const responses: Record<string, JsonSchema> = Object.fromEntries(
    Object.entries(operation.responses).map(([status, response]) => {
      const mediaType = response.mediaType ?? 'application/json'
      const schema = response.schema
        ? ref(response.schema)
        : { type: mediaType.startsWith('text/') ? 'string' : 'object' }
      const headers =
        status === '200' && operation.method === 'get' ? { headers: HTTP_HEADERS } : {}
      return [
        status,
        { description: response.description, ...headers, content: { [mediaType]: { schema } } },
      ]
    }),
  )
  if (operation.method === 'get') {
    responses['304'] = { description: 'Not modified: the If-None-Match ETag is current' }
  }
  return {
    operationId: operation.operationId,
    summary: operation.summary,
    description: operation.description,
    tags: [operation.tag],
    ...(parameters.length > 0 ? { parameters } : {}),
    responses,
  }
}

const DESCRIPTION = `Dispatch's published ${WEBSITE_SECTION_LABEL} journalism as stable JSON.

Lists answer \`{ "data": [...], "meta": { "pagination": { "page", "limit", "pages", "total", "next", "prev" } } }\`, single items \`{ "data": {...} }\`. Empty values are \`null\`, never \`""\`. Dates are ISO 8601 in UTC.

Parameters are checked strictly: an unknown or invalid one gets a 400 naming it; an unknown slug a 404; a wrong method a 405 with \`Allow\`. Every error is \`{ "error": { "code", "message", "issues": [{ "param", "message" }] } }\`.

Every GET answers HEAD too, carries an \`ETag\` (send \`If-None-Match\` for a 304) and \`Cache-Control\`, and may be read from any origin (CORS). Anonymous traffic is rate limited per address (429 with \`Retry-After\`).

Payload's own REST (\`/api/{collection}\`, depth capped at ${MAX_ANONYMOUS_DEPTH} for anonymous callers) and GraphQL (\`/api/graphql\`) APIs serve the same published documents in Payload's shapes.`

let built: OpenApiDocument | null = null

/** The OpenAPI 3.1 document, built once from the zod schemas (zod's JSON Schema is 2020-12). */
export function buildOpenApi(): OpenApiDocument {
  if (built) return built
  const { schemas } = z.toJSONSchema(contentApiSchemas, {
    uri: (id) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, JsonSchema> }

  const operations = documentedOperations()
  const paths: OpenApiDocument['paths'] = {}
  for (const operation of operations) {
    paths[operation.path] = {
      ...paths[operation.path],
      [operation.method]: operationObject(operation),
    }
  }
  built = {
    openapi: '3.1.0',
    info: { title: 'Dispatch content API', version: API_VERSION, description: DESCRIPTION },
    servers: [{ url: env.serverUrl }],
    tags: [...new Set([...operations.map((operation) => operation.tag), 'Webhooks'])].map(
      (name) => ({ name }),
    ),
    paths,
    webhooks: webhookOperations(),
    components: {
      // By name: the registry's order depends on which module first imports a schema (the
      // webhook tasks import the envelope at start-up), and the document must not.
      schemas: Object.fromEntries(
        Object.entries(schemas)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([name, schema]) => [name, withoutDialect(schema)]),
      ),
    },
  }
  return built
}
