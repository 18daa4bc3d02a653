import pg from 'pg'
import { hashToken, newToken, type TokenRecord, type TokenScope } from './tokens.ts'
import type { TokenStore } from './tokens-store.ts'

interface TokenRow {
  id: string
  name: string | null
  scope: TokenScope
  created_at: Date
  revoked_at: Date | null
}

const toRecord = (row: TokenRow): TokenRecord => ({
  id: row.id,
  name: row.name,
  scope: row.scope,
  createdAt: row.created_at.toISOString(),
  revokedAt: row.revoked_at ? row.revoked_at.toISOString() : null,
})

const COLUMNS = 'id, name, scope, created_at, revoked_at'

/** The token table in a PostgreSQL database, in the same schema as the store's tables. */
export async function openPostgresTokenStore(url: string, { schema = 'public' }: { schema?: string } = {}): Promise<TokenStore> {
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) throw new RangeError(`The schema name '${schema}' must be letters, digits and underscores.`)
  const pool = new pg.Pool({ connectionString: url, max: 2, options: `-c search_path="${schema}"` })
  pool.on('error', () => undefined)
  try {
    await pool.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`)
    await pool.query(`CREATE TABLE IF NOT EXISTS api_tokens (
      id TEXT PRIMARY KEY,
      hash TEXT NOT NULL UNIQUE,
      scope TEXT NOT NULL CHECK (scope IN ('read', 'write')),
      name TEXT,
      created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      revoked_at TIMESTAMPTZ
    )`)
  } catch (error) {
    await pool.end()
    throw new Error(`Cannot open the token table: ${(error as Error).message}`, { cause: error })
  }
  return {
    async create({ scope, name = null }) {
      const { id, token } = newToken()
      const { rows } = await pool.query<TokenRow>(`INSERT INTO api_tokens (id, hash, scope, name) VALUES ($1, $2, $3, $4) RETURNING ${COLUMNS}`, [id, hashToken(token), scope, name])
      return { token, record: toRecord(rows[0]) }
    },
    async verify(token) {
      const { rows } = await pool.query<TokenRow>(`SELECT ${COLUMNS} FROM api_tokens WHERE hash = $1 AND revoked_at IS NULL`, [hashToken(token)])
      return rows[0] ? toRecord(rows[0]) : null
    },
    async list() {
      return (await pool.query<TokenRow>(`SELECT ${COLUMNS} FROM api_tokens ORDER BY created_at, id`)).rows.map(toRecord)
    },
    async revoke(id) {
      return ((await pool.query('UPDATE api_tokens SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL', [id])).rowCount ?? 0) > 0
    },
    async close() {
      await pool.end()
    },
  }
}
