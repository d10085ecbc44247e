import { parseQuery } from '../http/parseQuery'
import type { Reply } from '../http/route'
import { buildOpenApi } from '../openapi/buildOpenApi'
import { renderDocs } from '../openapi/renderDocs'
import { NoParams } from '../schemas/params'

export async function openApiHandler(request: Request): Promise<Reply> {
  parseQuery(NoParams, new URL(request.url))
  return {
    text: JSON.stringify(buildOpenApi(), null, 2),
    contentType: 'application/json; charset=utf-8',
  }
}

export async function docsHandler(request: Request): Promise<Reply> {
  parseQuery(NoParams, new URL(request.url))
  return { text: renderDocs(buildOpenApi()), contentType: 'text/html; charset=utf-8' }
}
