import type { Pool } from 'pg'
import { findingTablesSql } from '../finding-tables.ts'

/** The version of the PostgreSQL layout, kept in the table unspun_meta. */
export const POSTGRES_SCHEMA_VERSION = 1

const TABLES = `
CREATE TABLE IF NOT EXISTS unspun_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
  seq INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  hash TEXT NOT NULL UNIQUE,
  doc_id TEXT,
  source TEXT NOT NULL,
  url TEXT,
  title TEXT,
  issuer TEXT,
  published TEXT,
  language TEXT,
  ingested_at TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
  error TEXT,
  text TEXT,
  report TEXT,
  search tsvector GENERATED ALWAYS AS (
    CASE WHEN status = 'ok' THEN setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(text, '')), 'B') END
  ) STORED
);
CREATE INDEX IF NOT EXISTS documents_doc_id ON documents (doc_id);
CREATE INDEX IF NOT EXISTS documents_published ON documents (published);
CREATE INDEX IF NOT EXISTS documents_status ON documents (status);
CREATE INDEX IF NOT EXISTS documents_search ON documents USING GIN (search);
${findingTablesSql('postgres')}`

/** A schema name safe to write into SQL: letters, digits and underscores, not starting with a digit. */
export function checkSchemaName(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(name)) throw new RangeError(`'${name}' is not a usable PostgreSQL schema name: use letters, digits and _ only.`)
  return name
}

/**
 * Creates the store's tables in `schema` when they are not there, under an advisory lock so that
 * two processes opening a new store at once do not race.
 */
export async function preparePostgres(pool: Pool, schema: string): Promise<void> {
  const client = await pool.connect()
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [`unspun:${schema}`])
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`)
      await client.query(`SET search_path TO "${schema}"`)
      const meta = await client.query<{ value: string }>(`SELECT value FROM unspun_meta WHERE key = 'schema_version'`).catch(() => ({ rows: [] as { value: string }[] }))
      const version = meta.rows[0] ? Number(meta.rows[0].value) : 0
      if (version !== 0 && version !== POSTGRES_SCHEMA_VERSION) {
        throw new Error(`The PostgreSQL schema ${schema} holds an unspun store of layout ${version}; this version of unspun reads layout ${POSTGRES_SCHEMA_VERSION}.`)
      }
      if (version === 0) {
        await client.query('BEGIN')
        await client.query(TABLES)
        await client.query(`INSERT INTO unspun_meta (key, value) VALUES ('schema_version', $1) ON CONFLICT (key) DO NOTHING`, [String(POSTGRES_SCHEMA_VERSION)])
        await client.query('COMMIT')
      }
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined)
      throw error
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [`unspun:${schema}`])
    }
  } finally {
    client.release()
  }
}
