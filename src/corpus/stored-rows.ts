import type { DocumentStatus, DocumentSummary, EventRecord } from './types.ts'

/** A row of the documents table as both stores return it. */
export interface DocumentRow {
  seq: number
  id: string
  hash: string
  doc_id: string | null
  source: string
  url: string | null
  title: string | null
  issuer: string | null
  published: string | null
  language: string | null
  ingested_at: string | Date
  status: DocumentStatus
  error: string | null
  text?: string | null
  report?: string | Uint8Array | null
}

/** The summary of a document row. */
export function summaryOf(row: DocumentRow): DocumentSummary {
  return {
    id: row.id,
    hash: row.hash,
    docId: row.doc_id,
    title: row.title,
    issuer: row.issuer,
    published: row.published,
    language: row.language,
    source: row.source,
    url: row.url,
    ingestedAt: row.ingested_at instanceof Date ? row.ingested_at.toISOString() : row.ingested_at,
    status: row.status,
    error: row.error,
  }
}

/** A row of the event-records query. */
export interface EventRecordRow {
  document_id: string
  issuer: string | null
  idx: number
  cameo: string
  root: string
  day: string
  location: string | null
  location_name: string | null
  parties: string
}

/** The event record of an event-records row. */
export function toEventRecord(row: EventRecordRow): EventRecord {
  const parties = JSON.parse(row.parties) as { key: string; name: string }[]
  return {
    documentId: row.document_id,
    issuer: row.issuer,
    index: Number(row.idx),
    cameo: row.cameo,
    root: row.root,
    date: row.day,
    location: row.location,
    locationName: row.location_name,
    parties: parties.map((p) => p.key),
    partyNames: parties.map((p) => p.name),
  }
}

/** Every source of a document, the one it was first stored from first. */
export function primaryFirst(primary: string, sources: readonly string[]): string[] {
  return [primary, ...sources.filter((s) => s !== primary)]
}
