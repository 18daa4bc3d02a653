import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { HttpError } from './http-error.ts'

/** Request limits: body size and time. */
export interface Limits {
  /** largest request body in bytes; default 5 MiB */
  maxBodyBytes: number
  /** longest a request may take, in milliseconds; default 30 s */
  requestTimeoutMs: number
}

export const DEFAULT_LIMITS: Limits = { maxBodyBytes: 5 * 1024 * 1024, requestTimeoutMs: 30_000 }

function mebibytes(bytes: number): string {
  const mib = bytes / (1024 * 1024)
  return mib >= 1 ? `${Number(mib.toFixed(1))} MiB` : `${bytes} bytes`
}

/** Refuses bodies over `maxBytes` with 413 `payload_too_large`, by Content-Length or while reading. */
export function limitBody(maxBytes: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new HttpError(413, {
        code: 'payload_too_large',
        message: `The request body is over the ${mebibytes(maxBytes)} limit; send a smaller document (or start the server with a larger --max-body).`,
        details: { maxBytes },
      })
    },
  })
}

/** Answers 503 `timeout` when a handler has not finished within `timeoutMs`. */
export function limitTime(timeoutMs: number): MiddlewareHandler {
  return async function timeLimit(_c, next) {
    let timer: NodeJS.Timeout | undefined
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(new HttpError(503, { code: 'timeout', message: `The request took longer than the ${timeoutMs / 1000} s limit and was abandoned; try again, or with a shorter document.` }))
      }, timeoutMs)
    })
    try {
      await Promise.race([next(), expired])
    } finally {
      clearTimeout(timer)
    }
  }
}
