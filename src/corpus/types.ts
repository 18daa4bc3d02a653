import type { Report, SentenceFunction, TechniqueId } from '../report/schema.ts'
import type { ReportRows } from './report-rows.ts'

/** `ok`: fully analysed and indexed. `failed`: could not be read or analysed in full; retried by the next ingest. */
export type DocumentStatus = 'ok' | 'failed'

/** One analysed document ready to be written: its content hash, where it came from, and its report with the rows derived from it. */
export interface DocumentRecord {
  hash: string
  source: string
  report: Report
  rows: ReportRows
  /** ISO timestamp; default now */
  ingestedAt?: string
}

/** A document that could not be read or analysed in full. */
export interface FailureRecord {
  /** content hash, or the hash of the source when the text could not be read */
  hash: string
  source: string
  error: string
  /** the document as far as it was read: text and metadata when known */
  text?: string | null
  title?: string | null
  issuer?: string | null
  published?: string | null
  /** a partial report, when the analysis ran but some analyzers failed */
  report?: Report | null
  ingestedAt?: string
}

/** What writing a document did: `added` a new row, found a `duplicate` of one already stored, or `replaced` a failed row. */
export type WriteOutcome = 'added' | 'duplicate' | 'replaced'

/** A document as listed by search and list: no report, no text. */
export interface DocumentSummary {
  id: string
  hash: string
  docId: string | null
  title: string | null
  issuer: string | null
  published: string | null
  language: string | null
  source: string
  url: string | null
  ingestedAt: string
  status: DocumentStatus
  error: string | null
}

/** A stored document with its report (null when it failed before analysis) and every source it was seen at. */
export interface StoredDocument extends DocumentSummary {
  report: Report | null
  sources: string[]
}

/** Filters shared by search, aggregates, clusters and exports. Every given filter must hold. */
export interface CorpusFilters {
  /** issuer contains this text, ignoring case */
  issuer?: string
  /** the document names an entity with this name, alias or knowledge-base id, ignoring case */
  entity?: string
  /** the document has a finding of this technique (id such as loaded_language, or PTC label) */
  technique?: TechniqueId
  /** the document reports an event whose CAMEO code starts with this (e.g. 19 or 190) */
  cameo?: string
  /** the document has a sentence with this function */
  function?: SentenceFunction
  /** published on or after this date (YYYY-MM-DD) */
  from?: string
  /** published on or before this date (YYYY-MM-DD) */
  to?: string
}

export interface SearchQuery extends CorpusFilters {
  /** full-text query: words, "quoted phrases", OR, -excluded; empty lists documents by date */
  text?: string
  limit?: number
  offset?: number
}

/** A search hit: the document and a snippet of its text with the matches located in it. */
export interface SearchHit {
  id: string
  docId: string | null
  title: string | null
  issuer: string | null
  published: string | null
  source: string
  snippet: string
  /** UTF-16 [start, end) ranges of the matched words in `snippet` */
  highlights: [number, number][]
  /** relevance, higher is better; 0 when there is no text query */
  score: number
}

export interface TechniqueCount {
  issuer: string | null
  /** YYYY-MM of the document's published date; null when it has none */
  month: string | null
  technique: TechniqueId
  /** findings */
  count: number
  /** documents with at least one finding */
  documents: number
}

export interface EntityCoMention {
  /** the two entities' names, and their keys (knowledge-base id when linked, else the lower-case name) */
  a: string
  b: string
  aKey: string
  bKey: string
  /** documents that name both */
  documents: number
}

export interface EventCount {
  /** YYYY-MM of the event's date (its own resolved date, else the document's) */
  month: string | null
  root: string
  location: string | null
  count: number
}

/** One event as the clustering reads it. */
export interface EventRecord {
  documentId: string
  issuer: string | null
  /** index of the event in its report */
  index: number
  cameo: string
  root: string
  /** YYYY-MM-DD */
  date: string
  /** the location's key (knowledge-base id, else lower-case name) and name */
  location: string | null
  locationName: string | null
  /** keys of actor, target and participants, and their names in the same order */
  parties: string[]
  partyNames: string[]
}

export interface CoMentionOptions {
  /** only pairs that include this entity (name, alias or kb id) */
  with?: string
  /** at least this many documents; default 2 */
  minDocuments?: number
  /** default 100 */
  limit?: number
}

/** Rows of the normalised tables, for CSV exports. */
export type TableName = 'documents' | 'entities' | 'events' | 'techniques'

/**
 * Where reports rest. Two adapters implement it: SQLite (embedded, the default) and PostgreSQL.
 * Every write is its own transaction, so a crash leaves each document either fully stored or absent.
 */
export interface Store {
  readonly kind: 'sqlite' | 'postgres'
  /** where the store is, with any password hidden */
  readonly location: string
  /** Content hashes among `hashes` already stored with status ok. */
  existing(hashes: readonly string[]): Promise<Set<string>>
  /** Writes a fully analysed document; a hash already stored ok is a duplicate whose source is recorded. */
  addReport(record: DocumentRecord): Promise<WriteOutcome>
  /** Records a document that could not be read or analysed in full. */
  addFailure(record: FailureRecord): Promise<WriteOutcome>
  /** Records one more source of a document already stored. */
  addSource(hash: string, source: string): Promise<void>
  /** A document by store id, content hash, or the document's own id. */
  get(id: string): Promise<StoredDocument | null>
  count(): Promise<{ documents: number; failed: number }>
  failures(options?: { limit?: number; offset?: number }): Promise<DocumentSummary[]>
  search(query: SearchQuery): Promise<SearchHit[]>
  techniqueCounts(filters?: CorpusFilters): Promise<TechniqueCount[]>
  entityCoMentions(filters?: CorpusFilters, options?: CoMentionOptions): Promise<EntityCoMention[]>
  eventCounts(filters?: CorpusFilters): Promise<EventCount[]>
  /** Events of ok documents, not background, with a date, ordered by date: the input of clustering. */
  eventRecords(filters?: CorpusFilters): Promise<EventRecord[]>
  /** Stored ok documents with their reports, in ingestion order. */
  documents(filters?: CorpusFilters): AsyncIterable<StoredDocument>
  /** Rows of a normalised table for the ok documents that pass the filters. */
  rows(table: TableName, filters?: CorpusFilters): AsyncIterable<Record<string, string | number | null>>
  close(): Promise<void>
}
