import { z } from 'zod'
import type { DocInput } from '../engine/types.ts'
import { dateFromMetadata } from './dates.ts'
import { InputError } from './input-error.ts'
import { extractTextMetadata } from './metadata.ts'

const optionalText = (field: string) =>
  z.string({ error: (issue) => (issue.input === undefined ? `"${field}" is missing` : `"${field}" must be a string or null`) }).nullish()

const JsonlDocumentSchema = z.object({
  id: z.union([z.string().trim().min(1, '"id" is empty'), z.number().int()], {
    error: (issue) => (issue.input === undefined ? '"id" is missing' : '"id" must be a string or an integer'),
  }).transform(String),
  text: z.string({ error: (issue) => (issue.input === undefined ? '"text" is missing' : '"text" must be a string') })
    .refine((text) => text.trim() !== '', '"text" is empty'),
  title: optionalText('title'),
  issuer: optionalText('issuer'),
  url: optionalText('url'),
  language: optionalText('language'),
  published: optionalText('published').transform((value, ctx) => {
    if (value === null || value === undefined) return null
    const date = /^\d{4}-\d{2}-\d{2}(?:$|T)/.test(value) ? dateFromMetadata(value) : null
    if (date === null) ctx.addIssue({ code: 'custom', message: `"published" must be a date written YYYY-MM-DD (got ${JSON.stringify(value)})` })
    return date
  }),
})

const EXPECTED = 'each line must be one JSON object like {"id": "a1", "text": "…"} (title, issuer, published, url optional)'

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array'
  if (value === null) return 'null'
  return `a ${typeof value}`
}

/**
 * Reads one line of a JSONL file into a document: {"id", "text", "title"?, "issuer"?, "published"?,
 * "url"?}. Fields the line leaves out are read from the text (headline, dateline, signature), then
 * `published` is the fallback date. The document's source is "<source>:<lineNumber>".
 * Throws InputError with the line number and what is wrong.
 *
 * @example
 * parseJsonlLine('{"id":"a1","text":"NATO troops arrived."}', 'batch.jsonl', 3).source // 'batch.jsonl:3'
 */
export function parseJsonlLine(line: string, source: string, lineNumber: number, options: { published?: string } = {}): DocInput {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (error) {
    throw new InputError(source, `invalid JSON (${error instanceof Error ? error.message : String(error)}); ${EXPECTED}`, { line: lineNumber, cause: error })
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(source, `expected a JSON object, got ${describe(value)}; ${EXPECTED}`, { line: lineNumber })
  }
  const parsed = JsonlDocumentSchema.safeParse(value)
  if (!parsed.success) {
    throw new InputError(source, parsed.error.issues.map((issue) => issue.message).join('; '), { line: lineNumber })
  }
  const fields = parsed.data
  const needsText = !fields.title || !fields.issuer || !fields.published
  const fromText = needsText ? extractTextMetadata(fields.text) : null
  const doc: DocInput = {
    id: fields.id,
    text: fields.text,
    title: fields.title || fromText?.title || null,
    issuer: fields.issuer || fromText?.issuer || null,
    published: fields.published ?? fromText?.published ?? options.published ?? null,
    url: fields.url ?? null,
    source: `${source}:${lineNumber}`,
  }
  if (fields.language) doc.language = fields.language
  return doc
}
