import { existsSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { CONTENT_API_ROUTES } from '@/content-api/routes/table'

import type { RouteHandler } from '../support/routeFiles'
import { importRouteFile, routeFileOf, routeFilesOnDisk } from '../support/routeFiles'

const ROUTES = Object.values(CONTENT_API_ROUTES)

/** What OPTIONS should name for a row: GET brings HEAD, and every route answers OPTIONS. */
const allowedBy = (route: (typeof ROUTES)[number]) =>
  [
    ...(route.endpoints.GET ? ['GET', 'HEAD'] : []),
    ...(route.endpoints.POST ? ['POST'] : []),
    'OPTIONS',
  ].join(', ')

const paramNames = (template: string) =>
  [...template.matchAll(/\{(?:\.\.\.)?(\w+)\}/g)].map((match) => match[1])

describe('the content API route table and the route files', () => {
  it('should have a route file for every path in the table', () => {
    for (const route of ROUTES) {
      expect(existsSync(routeFileOf(route.path)), `${route.path}: no route file`).toBe(true)
    }
  })

  it('should have every route file on disk in the table', () => {
    const inTable = ROUTES.map((route) => routeFileOf(route.path))
    for (const file of routeFilesOnDisk()) {
      expect(inTable, `${file}: not in the table`).toContain(file)
    }
  })

  it('should export from every route file exactly the handlers of its row', async () => {
    for (const route of ROUTES) {
      const routeModule = await importRouteFile(route.path)
      const expected = route.exports()
      expect(Object.keys(routeModule).sort(), route.path).toEqual(Object.keys(expected).sort())
      for (const [method, handler] of Object.entries(expected)) {
        expect(routeModule[method], `${method} ${route.path}`).toBe(handler)
      }
    }
  })

  it('should allow on every route file exactly the methods of its row', async () => {
    for (const route of ROUTES) {
      const options = (await importRouteFile(route.path)).OPTIONS as RouteHandler
      const request = new Request(`http://localhost${route.path}`, { method: 'OPTIONS' })
      const response = await options(request, { params: Promise.resolve({}) })
      expect(response.headers.get('allow'), route.path).toBe(allowedBy(route))
    }
  })

  it('should document every path parameter of a documented endpoint', () => {
    for (const route of ROUTES) {
      for (const endpoint of [route.endpoints.GET, route.endpoints.POST]) {
        if (!endpoint?.operation) continue
        const documented = (endpoint.operation.pathParams ?? []).map((param) => param.name)
        expect(documented, route.path).toEqual(paramNames(route.path))
      }
    }
  })
})
