import type { MiddlewareHandler } from 'hono'

/**
 * The web UI loads only its own files and talks only to this server: no inline scripts, no
 * third-party origins, no framing. Document text is never markup, and even if it were, this policy
 * would keep any script in it from running.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/** Adds the security headers to every response (a handler may set its own CSP first). */
export function securityHeaders(): MiddlewareHandler {
  return async function secure(c, next) {
    await next()
    const headers = c.res.headers
    if (!headers.has('Content-Security-Policy')) headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY)
    headers.set('X-Content-Type-Options', 'nosniff')
    headers.set('Referrer-Policy', 'no-referrer')
    headers.set('X-Frame-Options', 'DENY')
    headers.set('Cross-Origin-Opener-Policy', 'same-origin')
    headers.set('Cross-Origin-Resource-Policy', 'same-origin')
  }
}
