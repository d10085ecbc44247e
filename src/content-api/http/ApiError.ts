import type { ErrorBody, ErrorCode, ParamIssue } from '../schemas/common'

/** An answer other than success, thrown by handlers and turned into JSON by `contentApiRoute`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly issues: ParamIssue[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
    this.name = 'ApiError'
  }

  toBody(): ErrorBody {
    return { error: { code: this.code, message: this.message, issues: this.issues } }
  }
}

export const notFound = (message: string) => new ApiError(404, 'not_found', message)

export const invalidParameters = (issues: ParamIssue[]) =>
  new ApiError(
    400,
    'invalid_parameters',
    `Invalid ${issues.length === 1 ? 'parameter' : 'parameters'}: ${[...new Set(issues.map((issue) => issue.param))].join(', ')}`,
    issues,
  )
