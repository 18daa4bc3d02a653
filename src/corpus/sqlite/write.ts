import type { Database, Statement } from 'better-sqlite3'
import { storeId } from '../content-hash.ts'
import { compressReport } from '../report-json.ts'
import type { ReportRows } from '../report-rows.ts'
import { searchTags } from './search-tags.ts'
import type { DocumentRecord, FailureRecord, WriteOutcome } from '../types.ts'

type Row = Record<string, unknown>

/** The prepared statements that write documents, and the transactions built from them. */
export function sqliteWriter(db: Database) {
  const find = db.prepare<[string], { seq: number; status: string; source: string }>('SELECT seq, status, source FROM documents WHERE hash = ?')
  const insertDoc = db.prepare(`INSERT INTO documents (id, hash, doc_id, source, url, title, issuer, published, language, ingested_at, status, error)
    VALUES (@id, @hash, @doc_id, @source, @url, @title, @issuer, @published, @language, @ingested_at, @status, @error)`)
  const updateDoc = db.prepare(`UPDATE documents SET doc_id = @doc_id, source = @source, url = @url, title = @title, issuer = @issuer, published = @published,
    language = @language, ingested_at = @ingested_at, status = @status, error = @error WHERE seq = @seq`)
  const putBody = db.prepare('INSERT OR REPLACE INTO bodies (seq, title, text, report, tags) VALUES (@seq, @title, @text, @report, @tags)')
  const insertFts = db.prepare('INSERT INTO documents_fts (rowid, title, text, tags) VALUES (?, ?, ?, ?)')
  const insertSource = db.prepare('INSERT OR IGNORE INTO sources (hash, source, seen_at) VALUES (?, ?, ?)')
  const children: Record<string, Statement> = {
    entities: db.prepare('INSERT INTO entities (doc, ref, type, name, kb_source, kb_id, key, mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
    names: db.prepare('INSERT OR IGNORE INTO entity_names (doc, name) VALUES (?, ?)'),
    techniques: db.prepare('INSERT INTO techniques (doc, technique, start_offset, end_offset, confidence, text) VALUES (?, ?, ?, ?, ?, ?)'),
    events: db.prepare(`INSERT INTO events (doc, idx, cameo, root, label, quad_class, goldstein, actor, actor_key, target, target_key, location, location_key,
      parties, day, month, background, start_offset, end_offset, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    functions: db.prepare('INSERT INTO sentence_functions (doc, function, count) VALUES (?, ?, ?)'),
  }

  function writeRows(seq: number, rows: ReportRows): void {
    for (const e of rows.entities) children.entities.run(seq, e.ref, e.type, e.name, e.kbSource, e.kbId, e.key, e.mentions)
    for (const n of rows.names) children.names.run(seq, n)
    for (const t of rows.techniques) children.techniques.run(seq, t.technique, t.start, t.end, t.confidence, t.text)
    for (const e of rows.events) {
      children.events.run(seq, e.index, e.cameo, e.root, e.label, e.quadClass, e.goldstein, e.actor, e.actorKey, e.target, e.targetKey, e.location, e.locationKey,
        JSON.stringify(e.parties), e.day, e.month, e.background ? 1 : 0, e.start, e.end, e.text)
    }
    for (const f of rows.functions) children.functions.run(seq, f.function, f.count)
  }

  /** Stores the row; an ok row already there is a duplicate, a failed one is replaced. */
  function upsert(row: Row, source: string, at: string, after: (seq: number) => void, tags: string | null = null): WriteOutcome {
    const hash = row.hash as string
    const found = find.get(hash)
    if (found?.status === 'ok') {
      if (found.source !== source) insertSource.run(hash, source, at)
      return 'duplicate'
    }
    const { text, report, ...meta } = row
    let seq: number
    if (found) {
      updateDoc.run({ ...meta, seq: found.seq })
      seq = found.seq
    } else {
      seq = Number(insertDoc.run(meta).lastInsertRowid)
    }
    putBody.run({ seq, title: meta.title, text, report, tags })
    insertSource.run(hash, source, at)
    after(seq)
    return found ? 'replaced' : 'added'
  }

  const addReport = db.transaction((record: DocumentRecord): WriteOutcome => {
    const { report, hash, source } = record
    const at = record.ingestedAt ?? new Date().toISOString()
    const d = report.document
    const row = {
      id: storeId(hash), hash, doc_id: d.id, source, url: d.url ?? null, title: d.title, issuer: d.issuer, published: d.published,
      language: d.language, ingested_at: at, status: 'ok', error: null, text: d.text, report: compressReport(report),
    }
    const tags = searchTags(record.rows)
    return upsert(row, source, at, (seq) => {
      writeRows(seq, record.rows)
      insertFts.run(seq, d.title ?? '', d.text, tags)
    }, tags)
  })

  const addFailure = db.transaction((record: FailureRecord): WriteOutcome => {
    const at = record.ingestedAt ?? new Date().toISOString()
    const d = record.report?.document
    const row = {
      id: storeId(record.hash), hash: record.hash, doc_id: d?.id ?? null, source: record.source, url: d?.url ?? null,
      title: record.title ?? d?.title ?? null, issuer: record.issuer ?? d?.issuer ?? null, published: record.published ?? d?.published ?? null,
      language: d?.language ?? null, ingested_at: at, status: 'failed', error: record.error, text: record.text ?? d?.text ?? null,
      report: record.report ? compressReport(record.report) : null,
    }
    return upsert(row, record.source, at, () => undefined)
  })

  return {
    addReport: (record: DocumentRecord) => addReport.immediate(record),
    addFailure: (record: FailureRecord) => addFailure.immediate(record),
    addSource: (hash: string, source: string) => void insertSource.run(hash, source, new Date().toISOString()),
  }
}
