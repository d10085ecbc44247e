import { readdirSync } from 'node:fs'
import path from 'node:path'

/** A route file's exports, looked up by HTTP method name. */
export type RouteModule = Record<string, unknown>

export type RouteHandler = (
  request: Request,
  context: { params: Promise<unknown> },
) => Promise<Response>

const APP = path.join(import.meta.dirname, '../../app/(content-api)')

/** A template segment as a Next.js folder: `{slug}` is `[slug]`, `{...path}` is `[[...path]]`. */
const folderOf = (segment: string) =>
  segment.replace(/^\{\.\.\.(\w+)\}$/, '[[...$1]]').replace(/^\{(\w+)\}$/, '[$1]')

/** Where Next.js reads the route of a path template from. */
export const routeFileOf = (template: string) =>
  path.join(APP, ...template.split('/').filter(Boolean).map(folderOf), 'route.ts')

/** The route file itself, loaded as Next.js would load it (not the table's row). */
export const importRouteFile = async (template: string) =>
  (await import(routeFileOf(template))) as RouteModule

/** Every content API route file on disk. */
export const routeFilesOnDisk = () =>
  readdirSync(APP, { recursive: true, encoding: 'utf8' })
    .filter((file) => path.basename(file) === 'route.ts')
    .map((file) => path.join(APP, file))
    .sort()
