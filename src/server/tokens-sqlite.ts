import Database from 'better-sqlite3'
import { hashToken, newToken, type TokenRecord, type TokenScope } from './tokens.ts'
import type { TokenStore } from './tokens-store.ts'

interface TokenRow {
  id: string
  name: string | null
  scope: TokenScope
  created_at: string
  revoked_at: string | null
}

const toRecord = (row: TokenRow): TokenRecord => ({ id: row.id, name: row.name, scope: row.scope, createdAt: row.created_at, revokedAt: row.revoked_at })

/** The token table in an SQLite file (the store's own file, so tokens travel with the corpus). */
export function openSqliteTokenStore(path: string): TokenStore {
  let db: Database.Database
  try {
    db = new Database(path)
  } catch (error) {
    throw new Error(`Cannot open the token table in ${path}: ${(error as Error).message}`, { cause: error })
  }
  db.pragma('busy_timeout = 10000')
  db.exec(`CREATE TABLE IF NOT EXISTS api_tokens (
    id TEXT PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,
    scope TEXT NOT NULL CHECK (scope IN ('read', 'write')),
    name TEXT,
    created_at TEXT NOT NULL,
    revoked_at TEXT
  )`)
  const insert = db.prepare('INSERT INTO api_tokens (id, hash, scope, name, created_at) VALUES (?, ?, ?, ?, ?)')
  const byHash = db.prepare<[string], TokenRow>('SELECT id, name, scope, created_at, revoked_at FROM api_tokens WHERE hash = ? AND revoked_at IS NULL')
  const all = db.prepare<[], TokenRow>('SELECT id, name, scope, created_at, revoked_at FROM api_tokens ORDER BY created_at, id')
  const revoke = db.prepare('UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL')
  return {
    async create({ scope, name = null }) {
      const { id, token } = newToken()
      const createdAt = new Date().toISOString()
      insert.run(id, hashToken(token), scope, name, createdAt)
      return { token, record: { id, name, scope, createdAt, revokedAt: null } }
    },
    async verify(token) {
      const row = byHash.get(hashToken(token))
      return row ? toRecord(row) : null
    },
    async list() {
      return all.all().map(toRecord)
    },
    async revoke(id) {
      return revoke.run(new Date().toISOString(), id).changes > 0
    },
    async close() {
      db.close()
    },
  }
}
