import type { Pool, PoolClient } from 'pg'
import { storeId } from '../content-hash.ts'
import { packReport } from '../report-json.ts'
import type { ReportRows } from '../report-rows.ts'
import type { DocumentRecord, FailureRecord, WriteOutcome } from '../types.ts'

type Value = string | number | null

const DOCUMENT_COLUMNS = ['id', 'hash', 'doc_id', 'source', 'url', 'title', 'issuer', 'published', 'language', 'ingested_at', 'status', 'error', 'text', 'report'] as const
type DocumentValues = Record<(typeof DOCUMENT_COLUMNS)[number], Value>

/** Inserts many rows in statements of at most `chunk` rows. */
async function insertMany(client: PoolClient, table: string, columns: string, rows: Value[][], suffix = '', chunk = 1000): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) {
    const slice = rows.slice(i, i + chunk)
    const params: Value[] = []
    const values = slice.map((row) => `(${row.map((v) => (params.push(v), `$${params.length}`)).join(', ')})`)
    await client.query(`INSERT INTO ${table} (${columns}) VALUES ${values.join(', ')}${suffix}`, params)
  }
}

async function writeRows(client: PoolClient, seq: number, rows: ReportRows): Promise<void> {
  await insertMany(client, 'entities', 'doc, ref, type, name, kb_source, kb_id, key, mentions', rows.entities.map((e) => [seq, e.ref, e.type, e.name, e.kbSource, e.kbId, e.key, e.mentions]))
  await insertMany(client, 'entity_names', 'doc, name', rows.names.map((n) => [seq, n]), ' ON CONFLICT DO NOTHING')
  await insertMany(client, 'techniques', 'doc, technique, start_offset, end_offset, confidence, text', rows.techniques.map((t) => [seq, t.technique, t.start, t.end, t.confidence, t.text]))
  await insertMany(
    client,
    'events',
    'doc, idx, cameo, root, label, quad_class, goldstein, actor, actor_key, target, target_key, location, location_key, parties, day, month, background, start_offset, end_offset, text',
    rows.events.map((e) => [seq, e.index, e.cameo, e.root, e.label, e.quadClass, e.goldstein, e.actor, e.actorKey, e.target, e.targetKey, e.location, e.locationKey,
      JSON.stringify(e.parties), e.day, e.month, e.background ? 1 : 0, e.start, e.end, e.text]),
  )
  await insertMany(client, 'sentence_functions', 'doc, function, count', rows.functions.map((f) => [seq, f.function, f.count]))
}

/**
 * Writes one document in its own transaction: `INSERT … ON CONFLICT DO NOTHING` on the content hash,
 * so concurrent writers of the same document store it once; an ok row already there makes a
 * duplicate, a failed one is replaced.
 */
async function upsert(pool: Pool, values: DocumentValues, after: (client: PoolClient, seq: number) => Promise<void>): Promise<WriteOutcome> {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    const placeholders = DOCUMENT_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')
    const inserted = await client.query<{ seq: number }>(
      `INSERT INTO documents (${DOCUMENT_COLUMNS.join(', ')}) VALUES (${placeholders}) ON CONFLICT (hash) DO NOTHING RETURNING seq`,
      DOCUMENT_COLUMNS.map((c) => values[c]),
    )
    let seq = inserted.rows[0]?.seq
    let outcome: WriteOutcome = 'added'
    if (seq === undefined) {
      const found = (await client.query<{ seq: number; status: string; source: string }>('SELECT seq, status, source FROM documents WHERE hash = $1 FOR UPDATE', [values.hash])).rows[0]
      if (found.status === 'ok') {
        if (found.source !== values.source) {
          await client.query('INSERT INTO sources (hash, source, seen_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [values.hash, values.source, values.ingested_at])
        }
        await client.query('COMMIT')
        return 'duplicate'
      }
      const updated = DOCUMENT_COLUMNS.filter((c) => c !== 'id' && c !== 'hash')
      await client.query(`UPDATE documents SET ${updated.map((c, i) => `${c} = $${i + 2}`).join(', ')} WHERE seq = $1`, [found.seq, ...updated.map((c) => values[c])])
      seq = found.seq
      outcome = 'replaced'
    }
    await client.query('INSERT INTO sources (hash, source, seen_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [values.hash, values.source, values.ingested_at])
    await after(client, seq)
    await client.query('COMMIT')
    return outcome
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
}

/** Writes an analysed document with its rows. */
export function addPostgresReport(pool: Pool, record: DocumentRecord): Promise<WriteOutcome> {
  const { report, hash, source } = record
  const d = report.document
  const values: DocumentValues = {
    id: storeId(hash), hash, doc_id: d.id, source, url: d.url ?? null, title: d.title, issuer: d.issuer, published: d.published,
    language: d.language, ingested_at: record.ingestedAt ?? new Date().toISOString(), status: 'ok', error: null, text: d.text, report: packReport(report),
  }
  return upsert(pool, values, (client, seq) => writeRows(client, seq, record.rows))
}

/** Records a document that could not be read or analysed in full. */
export function addPostgresFailure(pool: Pool, record: FailureRecord): Promise<WriteOutcome> {
  const d = record.report?.document
  const values: DocumentValues = {
    id: storeId(record.hash), hash: record.hash, doc_id: d?.id ?? null, source: record.source, url: d?.url ?? null,
    title: record.title ?? d?.title ?? null, issuer: record.issuer ?? d?.issuer ?? null, published: record.published ?? d?.published ?? null,
    language: d?.language ?? null, ingested_at: record.ingestedAt ?? new Date().toISOString(), status: 'failed', error: record.error,
    text: record.text ?? d?.text ?? null, report: record.report ? packReport(record.report) : null,
  }
  return upsert(pool, values, async () => undefined)
}
