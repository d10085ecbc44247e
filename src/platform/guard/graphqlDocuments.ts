import type { DocumentNode } from 'graphql'
import { GraphQLError, parse } from 'graphql'
import type { NextRequest } from 'next/server'

/** Largest GraphQL body read; a bigger one is refused, since it could not be inspected. */
export const MAX_GRAPHQL_BODY = 100 * 1024

/** Enough for any real query; a flood of tokens is refused before it costs anything. */
const MAX_TOKENS = 20_000

export type GraphqlDocuments =
  | { isRefused: false; documents: DocumentNode[] }
  | { isRefused: true; status: 400 | 413; message: string }

const refuse = (status: 400 | 413, message: string): GraphqlDocuments => ({
  isRefused: true,
  status,
  message,
})

/** The query texts of a body: `{ query }`, or a batch `[{ query }, ...]`. */
function queriesOf(body: unknown): unknown[] {
  const items = Array.isArray(body) ? body : [body]
  return items.map((item) =>
    item && typeof item === 'object' && 'query' in item ? item.query : undefined,
  )
}

async function queryTexts(request: NextRequest): Promise<string[] | GraphqlDocuments> {
  if (request.method === 'GET' || request.method === 'HEAD') {
    const queries = request.nextUrl.searchParams.getAll('query')
    if (queries.join('').length > MAX_GRAPHQL_BODY) return refuse(413, 'The query is too large.')
    return queries
  }
  const text = await request.clone().text()
  if (text.length > MAX_GRAPHQL_BODY) {
    return refuse(413, `GraphQL requests may be at most ${MAX_GRAPHQL_BODY / 1024} KB.`)
  }
  if (!request.headers.get('content-type')?.includes('json')) return text ? [text] : []
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return refuse(400, 'The body is not valid JSON.')
  }
  const queries = queriesOf(body)
  if (queries.some((query) => typeof query !== 'string')) {
    return refuse(400, 'Each GraphQL request needs a query string.')
  }
  return queries as string[]
}

/**
 * Every GraphQL document a request to /api/graphql carries, parsed with graphql's own parser
 * (so comments, commas and aliases are read as Payload will read them). What cannot be read is
 * refused, never waved through uninspected.
 */
export async function graphqlDocuments(request: NextRequest): Promise<GraphqlDocuments> {
  const texts = await queryTexts(request)
  if (!Array.isArray(texts)) return texts
  const documents: DocumentNode[] = []
  for (const text of texts) {
    try {
      documents.push(parse(text, { maxTokens: MAX_TOKENS }))
    } catch (error) {
      return refuse(
        400,
        error instanceof GraphQLError ? error.message : 'The query cannot be read.',
      )
    }
  }
  return { isRefused: false, documents }
}
