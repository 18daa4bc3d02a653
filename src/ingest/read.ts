import { open, type FileHandle } from 'node:fs/promises'
import type { DocInput } from '../engine/types.ts'
import { detectBinaryFormat } from './binary-signatures.ts'
import { decodeBytes, decodeUtf8 } from './decode.ts'
import { isoDate } from './dates.ts'
import { expandInputs } from './expand.ts'
import { checkExtension, formatOfExtension, sniffFormat, type InputFormat } from './format.ts'
import { parseHtml } from './html.ts'
import { InputError } from './input-error.ts'
import { readLines } from './line-reader.ts'
import { parseJsonlLine } from './jsonl.ts'
import { parsePlainText } from './plain-text.ts'

export interface ReadOptions {
  /** how to read every input; by default each input's format is told from its extension, then its content */
  inputFormat?: InputFormat
  /** YYYY-MM-DD: the reference date of documents that give no date of their own */
  published?: string
  /** largest input read, in bytes (for JSONL: largest line); default 20 MiB */
  maxBytes?: number
  /** what '-' reads; default process.stdin */
  stdin?: NodeJS.ReadableStream
}

export type ReadItem = { source: string; doc: DocInput; error?: undefined } | { source: string; doc?: undefined; error: InputError }

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024
const INPUT_FORMATS: readonly InputFormat[] = ['text', 'html', 'jsonl']

function size(bytes: number): string {
  const mib = bytes / (1024 * 1024)
  if (Number.isInteger(mib)) return `${mib} MiB`
  return mib >= 0.1 ? `${mib.toFixed(1)} MiB (${bytes.toLocaleString('en-US')} bytes)` : `${bytes.toLocaleString('en-US')} bytes`
}

function tooLarge(source: string, what: string, actual: number | null, maxBytes: number, line?: number): InputError {
  const measured = actual === null ? 'is larger than' : `is ${size(actual)}, over`
  return new InputError(source, `${what} ${measured} the ${size(maxBytes)} limit; raise the limit with --max-bytes <bytes> (maxBytes in the API)`, { line })
}

function unexpected(source: string, error: unknown): InputError {
  if (error instanceof InputError) return error
  return new InputError(source, `could not be read: ${error instanceof Error ? error.message : String(error)}`, { cause: error })
}

function checkOptions(options: ReadOptions): void {
  if (options.inputFormat !== undefined && !INPUT_FORMATS.includes(options.inputFormat)) {
    throw new TypeError(`Unknown input format '${options.inputFormat}'. Use one of: ${INPUT_FORMATS.join(', ')}.`)
  }
  if (options.maxBytes !== undefined && !(Number.isSafeInteger(options.maxBytes) && options.maxBytes > 0)) {
    throw new RangeError(`maxBytes must be a positive whole number of bytes, got ${options.maxBytes}.`)
  }
  if (options.published !== undefined) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(options.published)
    if (!m || !isoDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
      throw new RangeError(`published must be a real date written YYYY-MM-DD, got '${options.published}'.`)
    }
  }
}

/** Parses one whole decoded input in the given format. */
function* parseText(text: string, source: string, format: InputFormat, options: ReadOptions): Generator<ReadItem> {
  const parse = { published: options.published }
  if (format === 'text') {
    yield { source, doc: parsePlainText(text, source, parse) }
  } else if (format === 'html') {
    yield { source, doc: parseHtml(text, source, parse) }
  } else {
    const lines = text.split('\n')
    let documents = 0
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i].trim()
      if (line === '') continue
      documents++
      try {
        yield { source: `${source}:${i + 1}`, doc: parseJsonlLine(line, source, i + 1, parse) }
      } catch (error) {
        yield { source: `${source}:${i + 1}`, error: unexpected(source, error) }
      }
    }
    if (documents === 0) throw new InputError(source, 'the JSONL input holds no lines with documents')
  }
}

/** Reads a JSONL stream line by line, so a corpus file of any size is read in bounded memory. */
async function* streamJsonl(stream: AsyncIterable<Uint8Array | string>, source: string, options: ReadOptions, maxBytes: number): AsyncGenerator<ReadItem> {
  let documents = 0
  for await (const read of readLines(stream, maxBytes)) {
    const where = `${source}:${read.line}`
    if (read.tooLong !== undefined) {
      documents++
      yield { source: where, error: tooLarge(source, 'the line', read.tooLong, maxBytes, read.line) }
      continue
    }
    try {
      const line = decodeUtf8(read.bytes, source, read.line).trim()
      if (line === '') continue
      documents++
      yield { source: where, doc: parseJsonlLine(line, source, read.line, { published: options.published }) }
    } catch (error) {
      documents++
      yield { source: where, error: unexpected(source, error) }
    }
  }
  if (documents === 0) throw new InputError(source, 'the JSONL input holds no lines with documents')
}

/** Reads a stream whole, giving up (with an error) once it passes `maxBytes`. */
async function readBounded(stream: AsyncIterable<Uint8Array | string>, source: string, what: string, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  let total = 0
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk)
    total += buffer.length
    if (total > maxBytes) throw tooLarge(source, what, null, maxBytes)
    chunks.push(buffer)
  }
  return Buffer.concat(chunks, total)
}

async function* readWhole(bytes: Uint8Array, source: string, options: ReadOptions): AsyncGenerator<ReadItem> {
  const text = decodeBytes(bytes, source)
  const format = options.inputFormat ?? sniffFormat(source, text)
  yield* parseText(text, source, format, options)
}

function streamsAsJsonl(head: Uint8Array): boolean {
  // UTF-16 cannot be split on 0x0A bytes; binary data is reported for the whole file.
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)
  return !utf16 && detectBinaryFormat(head) === null && head.length > 0
}

async function* readFromFile(handle: FileHandle, path: string, options: ReadOptions, maxBytes: number): AsyncGenerator<ReadItem> {
  const info = await handle.stat()
  if (info.isDirectory()) throw new InputError(path, 'is a directory')
  const format = options.inputFormat ?? formatOfExtension(path)
  if (format === 'jsonl' && info.isFile()) {
    const head = Buffer.alloc(Math.min(64, info.size))
    await handle.read(head, 0, head.length, 0)
    if (streamsAsJsonl(head)) {
      yield* streamJsonl(handle.createReadStream({ start: 0, autoClose: false }), path, options, maxBytes)
      return
    }
  }
  if (!info.isFile()) {
    // Pipes and devices have no size to check first; read them up to the limit.
    yield* readWhole(await readBounded(handle.createReadStream({ autoClose: false }), path, 'the input', maxBytes), path, options)
    return
  }
  if (info.size > maxBytes) throw tooLarge(path, 'the file', info.size, maxBytes)
  const bytes = Buffer.alloc(info.size)
  let filled = 0
  while (filled < bytes.length) {
    const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled)
    if (bytesRead === 0) break
    filled += bytesRead
  }
  yield* readWhole(bytes.subarray(0, filled), path, options)
}

async function* readPath(path: string, options: ReadOptions, maxBytes: number): AsyncGenerator<ReadItem> {
  if (!options.inputFormat) checkExtension(path)
  let handle: FileHandle
  try {
    handle = await open(path, 'r')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason = code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message
    throw new InputError(path, `cannot open: ${reason}`, { cause: error })
  }
  try {
    yield* readFromFile(handle, path, options, maxBytes)
  } finally {
    await handle.close()
  }
}

async function* readStdin(options: ReadOptions, maxBytes: number): AsyncGenerator<ReadItem> {
  const stdin = (options.stdin ?? process.stdin) as AsyncIterable<Uint8Array | string>
  if (options.inputFormat === 'jsonl') {
    yield* streamJsonl(stdin, 'stdin', options, maxBytes)
    return
  }
  yield* readWhole(await readBounded(stdin, 'stdin', 'the input', maxBytes), 'stdin', options)
}

/** Runs one input's reader, turning any failure into an error item after the items already read. */
async function* guarded(source: string, items: AsyncGenerator<ReadItem>): AsyncGenerator<ReadItem> {
  try {
    yield* items
  } catch (error) {
    yield { source, error: unexpected(source, error) }
  }
}

/**
 * Reads documents from files, directories, globs and '-' (standard input), one at a time and only
 * as they are asked for: a JSONL input yields one item per line (an error item, with the line number,
 * for each bad line). A bad input never stops the reading: it becomes an error item and the next
 * input is read. Throws only for invalid options.
 *
 * @example
 * for await (const item of readDocuments(['examples/'], { published: '2024-05-05' })) {
 *   if (item.error) console.error(item.error.message)
 *   else report(analyze(item.doc))
 * }
 */
export async function* readDocuments(patterns: readonly string[], options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  checkOptions(options)
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  for (const input of await expandInputs(patterns)) {
    if (input.error) {
      yield { source: input.source, error: input.error }
    } else if (input.source === '-') {
      yield* guarded('stdin', readStdin(options, maxBytes))
    } else {
      yield* guarded(input.source, readPath(input.source, options, maxBytes))
    }
  }
}
