import type { z } from 'zod'

import type { ParamNameOf } from '../routes/pathTemplate'
import { CONTENT_API_ROUTES } from '../routes/table'

export type PathParam<Name extends string = string> = {
  name: Name
  description: string
  /** Stands in for the param in the endpoint's example request. */
  example: string
}

/** How one endpoint is documented. Its path and method are its row's in the route table. */
export type OperationDoc<Path extends string = string> = {
  operationId: string
  summary: string
  description: string
  tag: 'Articles' | 'Authors' | 'Tags' | 'Views' | 'Reference'
  query?: z.ZodObject
  pathParams?: PathParam<ParamNameOf<Path>>[]
  /** Status → component schema name (JSON) or a media type for the reference documents. */
  responses: Record<string, { description: string; schema?: string; mediaType?: string }>
  /** The query string of the example request, without its `?`. */
  exampleQuery?: string
}

/** One endpoint as documented: the OpenAPI document and the docs page are both built from these. */
export type Operation = Omit<OperationDoc, 'pathParams' | 'exampleQuery'> & {
  method: 'get' | 'post'
  path: string
  pathParams?: PathParam[]
  /** A request a reader can paste, relative to the server. */
  example: string
}

function exampleOf(path: string, doc: OperationDoc): string {
  const url = (doc.pathParams ?? []).reduce(
    (filled, param) => filled.replace(`{${param.name}}`, param.example),
    path,
  )
  return doc.exampleQuery ? `${url}?${doc.exampleQuery}` : url
}

const OPENAPI_METHOD = { GET: 'get', POST: 'post' } as const

let operations: Operation[] | undefined

/**
 * The table's documented endpoints, in its order. Read on call rather than at import: the table
 * holds the reference handlers, which build the document from this list.
 */
export function documentedOperations(): Operation[] {
  operations ??= Object.values(CONTENT_API_ROUTES).flatMap((route) =>
    (['GET', 'POST'] as const).flatMap((method): Operation[] => {
      const doc = route.endpoints[method]?.operation
      if (!doc) return []
      const { exampleQuery: _query, ...documented } = doc
      const example = exampleOf(route.path, doc)
      return [{ ...documented, method: OPENAPI_METHOD[method], path: route.path, example }]
    }),
  )
  return operations
}
