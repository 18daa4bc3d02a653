import type { MiddlewareHandler } from 'hono'
import { HttpError } from './http-error.ts'
import { bearerToken, scopeAllows, type TokenScope } from './tokens.ts'
import type { TokenStore } from './tokens-store.ts'

/**
 * Requires a valid API token with `scope` when `tokens` is given (the server runs with auth);
 * lets every request through otherwise. 401 `unauthorized` without a valid token, 403
 * `forbidden` when its scope is too narrow.
 */
export function requireScope(tokens: TokenStore | null, scope: TokenScope): MiddlewareHandler {
  return async function authorize(c, next) {
    if (!tokens) return next()
    const token = bearerToken(c.req.header('authorization'))
    const challenge = { 'WWW-Authenticate': `Bearer realm="unspun", scope="${scope}"` }
    if (token === null) {
      throw new HttpError(401, {
        code: 'unauthorized',
        message: 'This server requires an API token: send "Authorization: Bearer <token>"; create one with `unspun token create --scope read`.',
        headers: challenge,
      })
    }
    const record = await tokens.verify(token)
    if (!record) throw new HttpError(401, { code: 'unauthorized', message: 'The API token is not valid (unknown or revoked).', headers: challenge })
    if (!scopeAllows(record.scope, scope)) {
      throw new HttpError(403, { code: 'forbidden', message: `This needs a token with the ${scope} scope; this token has ${record.scope}. Create one with \`unspun token create --scope ${scope}\`.` })
    }
    return next()
  }
}
