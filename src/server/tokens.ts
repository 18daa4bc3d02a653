import { createHash, randomBytes } from 'node:crypto'

/** `read` may query and analyse; `write` may also add documents to the store. */
export type TokenScope = 'read' | 'write'

export const TOKEN_SCOPES: readonly TokenScope[] = ['read', 'write']

/** An API token as stored: never the token itself, only its hash. */
export interface TokenRecord {
  id: string
  name: string | null
  scope: TokenScope
  /** ISO timestamp */
  createdAt: string
  /** ISO timestamp, or null while the token is valid */
  revokedAt: string | null
}

const PREFIX = 'unspun_'

/**
 * A new random token (256 bits) and its short public id. The token is shown once; only its hash is kept.
 *
 * @example
 * newToken().token // 'unspun_3q2…'
 */
export function newToken(): { id: string; token: string } {
  return { id: randomBytes(6).toString('hex'), token: PREFIX + randomBytes(32).toString('base64url') }
}

/** The sha256 (hex) under which a token is stored and looked up. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex')
}

/** True when a token of scope `held` may do what needs `needed`: write includes read. */
export function scopeAllows(held: TokenScope, needed: TokenScope): boolean {
  return held === 'write' || needed === 'read'
}

/** Reads the token of an `Authorization: Bearer …` header, or null when there is none. */
export function bearerToken(header: string | undefined): string | null {
  const m = /^\s*Bearer\s+(\S+)\s*$/i.exec(header ?? '')
  return m ? m[1] : null
}
