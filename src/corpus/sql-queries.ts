import { filterConditions } from './filters.ts'
import type { CoMentionOptions, CorpusFilters, TableName } from './types.ts'

/** A SQL statement with its parameters, written for one dialect. */
export interface SqlQuery {
  sql: string
  params: unknown[]
}

/** What differs between the SQL of the two stores. */
export interface SqlDialect {
  /** the placeholder of the n-th parameter (1-based): '?' or '$n' */
  placeholder(n: number): string
  /** appended to text comparisons and orderings so both stores order text by code point */
  binary: string
  /** texts and reports are in the table bodies (SQLite) rather than in documents (PostgreSQL) */
  separateBodies: boolean
}

/** Builds one statement: `bind` adds a parameter and returns its placeholder. */
function build(dialect: SqlDialect, write: (bind: (value: unknown) => string) => string): SqlQuery {
  const params: unknown[] = []
  const sql = write((value) => {
    params.push(value)
    return dialect.placeholder(params.length)
  })
  return { sql, params }
}

/**
 * The filter conditions as one SQL expression over documents `d`, binding values onto `params`
 * (placeholders numbered after those already there).
 */
export function filterSql(dialect: SqlDialect, filters: CorpusFilters, params: unknown[]): string {
  return filterConditions(filters, (value) => {
    params.push(value)
    return dialect.placeholder(params.length)
  }).join(' AND ')
}

// Extra conditions are written after the filters so that positional placeholders bind in order.
const where = (filters: CorpusFilters, bind: (value: unknown) => string, extra: () => string[] = () => []) => {
  const conditions = filterConditions(filters, bind)
  return [...conditions, ...extra()].join(' AND ')
}

/** Technique findings counted per issuer, month and technique. */
export function techniqueCountsQuery(dialect: SqlDialect, filters: CorpusFilters): SqlQuery {
  const c = dialect.binary
  return build(dialect, (bind) => `SELECT d.issuer AS issuer, substr(d.published, 1, 7) AS month, t.technique AS technique,
      COUNT(*) AS count, COUNT(DISTINCT t.doc) AS documents
    FROM techniques t JOIN documents d ON d.seq = t.doc
    WHERE ${where(filters, bind)}
    GROUP BY d.issuer, substr(d.published, 1, 7), t.technique
    ORDER BY d.issuer${c} NULLS FIRST, month NULLS FIRST, t.technique${c}`)
}

/** Pairs of entities named in the same documents, most frequent first. */
export function coMentionsQuery(dialect: SqlDialect, filters: CorpusFilters, options: CoMentionOptions): SqlQuery {
  const c = dialect.binary
  return build(dialect, (bind) => {
    const conditions = where(filters, bind, () => {
      const extra = [`a.key${c} < b.key${c}`]
      if (options.with) {
        const value = options.with.toLowerCase()
        const names = (x: string) => `lower(${x}.name) = ${bind(value)} OR lower(${x}.key) = ${bind(value)} OR lower(${x}.kb_id) = ${bind(value)}`
        extra.push(`(${names('a')} OR ${names('b')})`)
      }
      return extra
    })
    return `SELECT MIN(a.name) AS a, MIN(b.name) AS b, a.key AS a_key, b.key AS b_key, COUNT(DISTINCT a.doc) AS documents
      FROM entities a JOIN entities b ON b.doc = a.doc JOIN documents d ON d.seq = a.doc
      WHERE ${conditions}
      GROUP BY a.key, b.key
      HAVING COUNT(DISTINCT a.doc) >= ${bind(options.minDocuments ?? 2)}
      ORDER BY documents DESC, a.key${c}, b.key${c}
      LIMIT ${bind(options.limit ?? 100)}`
  })
}

/** Events counted per month, CAMEO root and location; background events left out. */
export function eventCountsQuery(dialect: SqlDialect, filters: CorpusFilters): SqlQuery {
  const c = dialect.binary
  return build(dialect, (bind) => `SELECT e.month AS month, e.root AS root, MIN(e.location) AS location, COUNT(*) AS count
    FROM events e JOIN documents d ON d.seq = e.doc
    WHERE ${where(filters, bind, () => ['e.background = 0'])}
    GROUP BY e.month, e.root, e.location_key
    ORDER BY e.month NULLS FIRST, e.root, e.location_key${c} NULLS FIRST`)
}

/** The events clustering reads: dated, not background, in date order. */
export function eventRecordsQuery(dialect: SqlDialect, filters: CorpusFilters): SqlQuery {
  const c = dialect.binary
  return build(dialect, (bind) => `SELECT d.id AS document_id, d.issuer AS issuer, e.idx AS idx, e.cameo AS cameo, e.root AS root, e.day AS day,
      e.location_key AS location, e.location AS location_name, e.parties AS parties
    FROM events e JOIN documents d ON d.seq = e.doc
    WHERE ${where(filters, bind, () => ['e.background = 0', 'e.day IS NOT NULL'])}
    ORDER BY e.day, d.id${c}, e.idx`)
}

/** A page of stored documents after `afterSeq`, in ingestion order. */
export function documentPageQuery(dialect: SqlDialect, filters: CorpusFilters, afterSeq: number, limit: number, withReport: boolean): SqlQuery {
  const columns = withReport ? (dialect.separateBodies ? ', b.text, b.report' : ', d.text, d.report') : ''
  const from = withReport && dialect.separateBodies ? 'documents d LEFT JOIN bodies b ON b.seq = d.seq' : 'documents d'
  return build(dialect, (bind) => `SELECT d.seq, d.id, d.hash, d.doc_id, d.title, d.issuer, d.published, d.language, d.source, d.url, d.ingested_at, d.status, d.error${columns}
    FROM ${from} WHERE ${where(filters, bind, () => [`d.seq > ${bind(afterSeq)}`])} ORDER BY d.seq LIMIT ${bind(limit)}`)
}

const TABLE_SELECT: Record<TableName, string> = {
  documents: `SELECT d.id AS document, d.doc_id, d.title, d.issuer, d.published, d.language, d.source, d.url, d.ingested_at,
      (SELECT COUNT(*) FROM entities x WHERE x.doc = d.seq) AS entities,
      (SELECT COUNT(*) FROM events x WHERE x.doc = d.seq) AS events,
      (SELECT COUNT(*) FROM techniques x WHERE x.doc = d.seq) AS techniques
    FROM documents d`,
  entities: `SELECT d.id AS document, t.ref AS entity, t.type, t.name, t.kb_source, t.kb_id, t.mentions
    FROM entities t JOIN documents d ON d.seq = t.doc`,
  events: `SELECT d.id AS document, t.idx AS event, t.cameo, t.root, t.label, t.quad_class, t.goldstein, t.actor, t.target, t.location, t.day,
      t.background, t.start_offset AS start, t.end_offset AS "end", t.text
    FROM events t JOIN documents d ON d.seq = t.doc`,
  techniques: `SELECT d.id AS document, t.technique, t.start_offset AS start, t.end_offset AS "end", t.confidence, t.text
    FROM techniques t JOIN documents d ON d.seq = t.doc`,
}

const TABLE_ORDER: Record<TableName, string> = {
  documents: 'd.seq',
  entities: 'd.seq, t.ref',
  events: 'd.seq, t.idx',
  techniques: 'd.seq, t.start_offset, t.end_offset, t.technique',
}

/** The rows of a normalised table for the documents with seq in [fromSeq, toSeq]. */
export function tableRowsQuery(dialect: SqlDialect, table: TableName, filters: CorpusFilters, fromSeq: number, toSeq: number): SqlQuery {
  return build(dialect, (bind) => `${TABLE_SELECT[table]}
    WHERE ${where(filters, bind, () => [`d.seq >= ${bind(fromSeq)}`, `d.seq <= ${bind(toSeq)}`])}
    ORDER BY ${TABLE_ORDER[table]}`)
}
