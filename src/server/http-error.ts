/** The body of every error the API returns: `{"error": {"code", "message", "details"?}}`. */
export interface ErrorBody {
  error: {
    /** stable, machine-readable: clients branch on it */
    code: string
    /** for people: what went wrong and how to fix it */
    message: string
    details?: unknown
  }
}

export interface HttpErrorInit {
  code: string
  message: string
  details?: unknown
  cause?: unknown
  /** extra response headers, e.g. Retry-After or WWW-Authenticate */
  headers?: Record<string, string>
}

/**
 * The one error class of the HTTP edge: a status, a stable code and a message saying how to fix
 * the request. The error handler turns it into an {@link ErrorBody}.
 *
 * @example
 * throw new HttpError(404, { code: 'not_found', message: "No document 'abc' in the store." })
 */
export class HttpError extends Error {
  readonly status: number
  readonly code: string
  readonly details: unknown
  readonly headers: Record<string, string>

  constructor(status: number, init: HttpErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause })
    this.name = 'HttpError'
    this.status = status
    this.code = init.code
    this.details = init.details
    this.headers = init.headers ?? {}
  }

  /** The JSON body this error is sent as. */
  body(): ErrorBody {
    const error: ErrorBody['error'] = { code: this.code, message: this.message }
    if (this.details !== undefined) error.details = this.details
    return { error }
  }
}
