import type { AfterErrorHook } from 'payload'

type FieldError = { path?: unknown; message?: unknown }
type ValidationErrorData = { collection?: unknown; errors?: FieldError[] }

/**
 * A refused value answers 400 with each field's path and message, as Payload means to. Payload
 * formats a ValidationError by `instanceof`, which fails in the production build when the error
 * was made by another copy of its module, and then answered only "The following field is
 * invalid: body": a client could not tell which node or value was refused.
 */
export const answerValidationErrors: AfterErrorHook = ({ error }) => {
  if (error.name !== 'ValidationError') return
  const data = (error as Error & { data?: ValidationErrorData }).data
  const errors = Array.isArray(data?.errors) ? data.errors : []
  if (errors.length === 0) return
  return {
    status: 400,
    response: {
      errors: [
        {
          name: 'ValidationError',
          message: error.message,
          data: {
            collection: data?.collection,
            errors: errors.map(({ path, message }) => ({ path, message })),
          },
        },
      ],
    },
  }
}
