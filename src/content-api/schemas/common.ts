import { z } from 'zod'

import { named } from './registry'

/** Text that is either there or null: the API never answers with an empty string. */
export const optionalText = () => z.string().min(1).nullable()

export const absoluteUrl = () => z.url({ protocol: /^https?$/ })

export const isoDateTime = () => z.iso.datetime({ offset: true })

export const Pagination = named(
  z.object({
    page: z.int().min(1),
    limit: z.int().min(1),
    pages: z.int().min(1),
    total: z.int().min(0),
    next: z.int().min(2).nullable().describe('The next page number, or null on the last page'),
    prev: z.int().min(1).nullable().describe('The previous page number, or null on the first'),
  }),
  { id: 'Pagination' },
)

export type PaginationMeta = z.infer<typeof Pagination>

export function listEnvelope<T extends z.ZodType>(item: T, id: string, description: string) {
  return named(z.object({ data: z.array(item), meta: z.object({ pagination: Pagination }) }), {
    id,
    description,
  })
}

export function itemEnvelope<T extends z.ZodType>(item: T, id: string, description: string) {
  return named(z.object({ data: item }), { id, description })
}

export const ERROR_CODES = [
  'invalid_parameters',
  'not_found',
  'method_not_allowed',
  'rate_limited',
  'internal_error',
  'service_unavailable',
] as const

export type ErrorCode = (typeof ERROR_CODES)[number]

export const ParamIssue = z.object({
  param: z.string().describe('The query or path parameter at fault'),
  message: z.string(),
})

export type ParamIssue = z.infer<typeof ParamIssue>

export const ErrorBody = named(
  z.object({
    error: z.object({
      code: z.enum(ERROR_CODES),
      message: z.string(),
      issues: z.array(ParamIssue).describe('One entry per bad parameter; empty for other errors'),
    }),
  }),
  { id: 'Error', description: 'Every error of the content API has this shape.' },
)

export type ErrorBody = z.infer<typeof ErrorBody>
