import type { Handler, RouteHandlers } from '../http/route'
import { contentApiRoute } from '../http/route'
import type { OperationDoc } from '../openapi/operations'
import type { ParamsOf } from './pathTemplate'

/** One method of a route: the handler that answers it and, if it is public, its documentation. */
export type Endpoint<Path extends string> = {
  handler: Handler<ParamsOf<Path>>
  /** Left out only where a route exists to answer in the API's shape (the catch-all). */
  operation?: OperationDoc<Path>
}

export type Endpoints<Path extends string> = { GET?: Endpoint<Path>; POST?: Endpoint<Path> }

/** One row of the route table. */
export type ContentApiRoute<Path extends string = string> = {
  /** As OpenAPI writes it, `/api/v1/authors/{slug}`; the route file sits in `authors/[slug]/`. */
  path: Path
  endpoints: Endpoints<Path>
  /** What the route file exports. Built once, so the file and the tests hold the same functions. */
  exports: () => RouteHandlers<ParamsOf<Path>>
}

export function defineRoute<const Path extends string>(
  path: Path,
  endpoints: Endpoints<Path>,
): ContentApiRoute<Path> {
  let built: RouteHandlers<ParamsOf<Path>> | undefined
  const exports = () =>
    (built ??= contentApiRoute({ GET: endpoints.GET?.handler, POST: endpoints.POST?.handler }))
  return { path, endpoints, exports }
}
