import type { DocInput } from '../engine/types.ts'
import { InputError } from '../ingest/input-error.ts'
import { parseHtml } from '../ingest/html.ts'
import { parsePlainText } from '../ingest/plain-text.ts'
import type { Report } from '../report/schema.ts'

/** A document as it reaches the analysis: raw text or HTML, where it came from, and metadata the client gave. */
export interface DocumentSource {
  format: 'text' | 'html'
  content: string
  /** what the report records as the document's source: a URL, or 'api' for a document sent in the request */
  source: string
  url?: string | null
  /** metadata given with the request; each one given wins over what is read from the text */
  title?: string | null
  issuer?: string | null
  published?: string | null
}

export interface AnalysisJob {
  id: number
  source: DocumentSource
}

/** A failure to read the input (bad HTML, no text), as it crosses the worker boundary. */
export interface AnalysisFailure {
  kind: 'input' | 'internal'
  message: string
}

/** The report as a JSON string: serialised where it was made, so the server thread only sends it on. */
export type AnalysisResult = { id: number; ok: true; json: string } | { id: number; ok: false; failure: AnalysisFailure }

/**
 * Reads a document source into the analyzer's input: plain text keeps its whole text, HTML is
 * reduced to its article; metadata given by the client replaces what was read from the text.
 * Throws InputError when the input holds no readable text.
 *
 * @example
 * documentOf({ format: 'text', content: 'Troops arrived.', source: 'api', issuer: 'NATO' }).issuer // 'NATO'
 */
export function documentOf(source: DocumentSource): DocInput {
  if (source.content.trim() === '') throw new InputError(source.source, 'the document holds no text')
  const parsed = source.format === 'html' ? parseHtml(source.content, source.source) : parsePlainText(source.content, source.source)
  const doc: DocInput = { ...parsed, source: source.source }
  if (source.url) doc.url = source.url
  if (source.title) doc.title = source.title
  if (source.issuer) doc.issuer = source.issuer
  if (source.published) doc.published = source.published
  return doc
}

/** Runs one job with an analyzer; never throws, so a worker always answers. */
export function runJob(analyze: (doc: DocInput) => Report, job: AnalysisJob): AnalysisResult {
  let doc: DocInput
  try {
    doc = documentOf(job.source)
  } catch (error) {
    const kind = error instanceof InputError ? 'input' : 'internal'
    const message = error instanceof InputError ? error.reason : error instanceof Error ? error.message : String(error)
    return { id: job.id, ok: false, failure: { kind, message } }
  }
  try {
    return { id: job.id, ok: true, json: JSON.stringify(analyze(doc)) }
  } catch (error) {
    return { id: job.id, ok: false, failure: { kind: 'internal', message: error instanceof Error ? error.message : String(error) } }
  }
}
