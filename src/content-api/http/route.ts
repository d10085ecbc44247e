import type { z } from 'zod'

import { payload } from '@/platform/payload'
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '@/platform/database/unavailable'

import { ApiError } from './ApiError'
import { cachedRead } from './cachedRead'
import { matchesIfNoneMatch } from './etag'
import { corsHeaders, NO_STORE, PUBLIC_CACHE } from './headers'
import { serialise } from './serialise'

/** Route params as Next.js passes them; an optional catch-all's is absent at its root. */
export type Params = Record<string, string | string[] | undefined>

/** What a handler answers: JSON checked against its schema before it is sent, or ready text. */
export type Reply =
  | { schema: z.ZodType; data: unknown; status?: number; headers?: Record<string, string> }
  | { text: string; contentType: string; status?: number; headers?: Record<string, string> }

export type Handler<P extends Params> = (request: Request, params: P) => Promise<Reply>

type RouteContext<P extends Params> = { params: Promise<P> }

type RouteHandler<P extends Params> = (
  request: Request,
  context: RouteContext<P>,
) => Promise<Response>

/** Everything a content API route file exports: one function per HTTP method Next.js routes. */
export type RouteHandlers<P extends Params> = Record<
  'GET' | 'HEAD' | 'OPTIONS' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  RouteHandler<P>
>

const JSON_TYPE = 'application/json; charset=utf-8'

const WRITE_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'] as const

function errorResponse(error: ApiError, headers: Record<string, string>): Response {
  return new Response(JSON.stringify(error.toBody()), {
    status: error.status,
    headers: { ...headers, ...error.headers, 'Content-Type': JSON_TYPE, 'Cache-Control': NO_STORE },
  })
}

/**
 * Logs an unexpected failure in full and answers the caller without any of its details: 503
 * with Retry-After while the database is unreachable, 500 otherwise.
 */
async function internalError(request: Request, err: unknown): Promise<ApiError> {
  const msg = `Content API failed on ${request.method} ${new URL(request.url).pathname}`
  try {
    ;(await payload()).logger.error({ msg, err })
  } catch {
    console.error(msg, err)
  }
  if (isDatabaseUnavailable(err)) {
    const retryAfter = { 'Retry-After': String(RETRY_AFTER_SECONDS) }
    const message = 'The database is unavailable. Please try again shortly.'
    return new ApiError(503, 'service_unavailable', message, [], retryAfter)
  }
  return new ApiError(500, 'internal_error', 'Something went wrong on our side.')
}

/**
 * Builds a content API route: GET (with HEAD, ETag/304, caching and CORS) and/or POST, OPTIONS
 * for preflights, JSON 405s naming the allowed methods for everything else, and JSON errors.
 */
export function contentApiRoute<P extends Params = Params>(handlers: {
  GET?: Handler<P>
  POST?: Handler<P>
}): RouteHandlers<P> {
  const allow = [
    ...(handlers.GET ? ['GET', 'HEAD'] : []),
    ...(handlers.POST ? ['POST'] : []),
    'OPTIONS',
  ]
  // Reads are public and cross-origin; the view counter answers the website only.
  const cors = handlers.GET ? corsHeaders(allow) : {}

  type Outcome = { reply: Reply; body: { text: string; contentType: string } } | { error: ApiError }

  const run = async (
    handler: Handler<P>,
    request: Request,
    context: RouteContext<P>,
  ): Promise<Outcome> => {
    try {
      const reply = await handler(request, await context.params)
      return { reply, body: serialise(reply) }
    } catch (error) {
      return { error: error instanceof ApiError ? error : await internalError(request, error) }
    }
  }

  const read = (handler: Handler<P>, isHead: boolean): RouteHandler<P> => {
    const readBody = cachedRead(handler)
    return async (request, context) => {
      let body: Awaited<ReturnType<typeof readBody>>
      try {
        body = await readBody(request.url, await context.params)
      } catch (error) {
        const apiError = error instanceof ApiError ? error : await internalError(request, error)
        const response = errorResponse(apiError, cors)
        return isHead ? new Response(null, response) : response
      }
      const headers = {
        ...cors,
        ...body.headers,
        'Content-Type': body.contentType,
        'Cache-Control': PUBLIC_CACHE,
        ETag: body.etag,
      }
      if (matchesIfNoneMatch(request.headers.get('if-none-match'), body.etag)) {
        return new Response(null, { status: 304, headers })
      }
      return new Response(isHead ? null : body.text, { status: body.status, headers })
    }
  }

  const write =
    (handler: Handler<P>): RouteHandler<P> =>
    async (request, context) => {
      const result = await run(handler, request, context)
      if ('error' in result) return errorResponse(result.error, {})
      const { reply, body } = result
      return new Response(body.text, {
        status: reply.status ?? 200,
        headers: { ...reply.headers, 'Content-Type': body.contentType, 'Cache-Control': NO_STORE },
      })
    }

  const notAllowed: RouteHandler<P> = async (request) =>
    errorResponse(
      new ApiError(405, 'method_not_allowed', `${request.method} is not allowed here.`, [], {
        Allow: allow.join(', '),
      }),
      cors,
    )

  const options: RouteHandler<P> = async () =>
    new Response(null, { status: 204, headers: { ...cors, Allow: allow.join(', ') } })

  const [POST, PUT, PATCH, DELETE] = WRITE_METHODS.map((method) =>
    method === 'POST' && handlers.POST ? write(handlers.POST) : notAllowed,
  ) as [RouteHandler<P>, RouteHandler<P>, RouteHandler<P>, RouteHandler<P>]

  return {
    GET: handlers.GET ? read(handlers.GET, false) : notAllowed,
    HEAD: handlers.GET ? read(handlers.GET, true) : notAllowed,
    POST,
    PUT,
    PATCH,
    DELETE,
    OPTIONS: options,
  }
}
