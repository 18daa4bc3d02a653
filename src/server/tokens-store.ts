import { isPostgresUrl } from '../corpus/open-store.ts'
import { openPostgresTokenStore } from './tokens-postgres.ts'
import { openSqliteTokenStore } from './tokens-sqlite.ts'
import type { TokenRecord, TokenScope } from './tokens.ts'

/** Where API tokens are kept: beside the documents, in the same database. */
export interface TokenStore {
  /** Makes a token; the returned `token` is the only time its secret is seen. */
  create(options: { scope: TokenScope; name?: string | null }): Promise<{ token: string; record: TokenRecord }>
  /** The record of a valid (not revoked) token, or null. */
  verify(token: string): Promise<TokenRecord | null>
  list(): Promise<TokenRecord[]>
  /** Revokes a token by id; false when there is no such valid token. */
  revoke(id: string): Promise<boolean>
  close(): Promise<void>
}

/**
 * Opens the token table in the store's database: the SQLite file at `location`, or the
 * PostgreSQL database of a postgres:// URL (tables in `schema`, default public).
 *
 * @example
 * const tokens = await openTokenStore('unspun.db')
 * const { token } = await tokens.create({ scope: 'read', name: 'newsroom dashboard' })
 */
export async function openTokenStore(location: string, options: { schema?: string } = {}): Promise<TokenStore> {
  return isPostgresUrl(location) ? openPostgresTokenStore(location, options) : openSqliteTokenStore(location)
}
