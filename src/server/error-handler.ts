import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { ZodError } from 'zod'
import { HttpError } from './http-error.ts'

/** Where unexpected errors are written; the client only learns that something failed. */
export type ErrorLog = (message: string) => void

/** The issues of a zod error as `{path, message}` pairs a client can show next to its fields. */
export function zodIssues(error: ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }))
}

/**
 * Turns anything thrown by a handler into an HttpError: HttpErrors pass through, zod errors become
 * 400 `invalid_request` with their issues, hono's own exceptions keep their status, and anything
 * else is a 500 `internal_error` whose cause is logged, not sent.
 */
export function toHttpError(error: unknown, log: ErrorLog): HttpError {
  if (error instanceof HttpError) return error
  if (error instanceof ZodError) {
    const issues = zodIssues(error)
    const first = issues[0]
    const message = first ? `Invalid request: ${first.path ? `${first.path}: ` : ''}${first.message}` : 'Invalid request.'
    return new HttpError(400, { code: 'invalid_request', message, details: { issues } })
  }
  if (error instanceof HTTPException) {
    const code = error.status === 413 ? 'payload_too_large' : error.status === 504 ? 'timeout' : 'http_error'
    return new HttpError(error.status, { code, message: error.message || `HTTP ${error.status}` })
  }
  log(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  return new HttpError(500, { code: 'internal_error', message: 'The server failed to handle the request; the error was logged.' })
}

/** A JSON response for an HttpError, with its headers. */
export function errorResponse(c: Context, error: HttpError): Response {
  for (const [name, value] of Object.entries(error.headers)) c.header(name, value)
  return c.json(error.body(), error.status as 400)
}

/** The app's error handler: every failure leaves as `{"error": {"code", "message", "details"?}}`. */
export function createErrorHandler(log: ErrorLog): (error: Error, c: Context) => Response {
  return function handleError(error, c) {
    return errorResponse(c, toHttpError(error, log))
  }
}

/** The app's not-found handler, in the same JSON shape. */
export function notFound(c: Context): Response {
  return errorResponse(c, new HttpError(404, { code: 'not_found', message: `Nothing at ${c.req.method} ${c.req.path}. The API is described at /openapi.json.` }))
}
