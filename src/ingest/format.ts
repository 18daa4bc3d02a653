import { extname } from 'node:path'
import { InputError } from './input-error.ts'

export type InputFormat = 'text' | 'html' | 'jsonl'

const BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  '.txt': 'text', '.text': 'text', '.md': 'text',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
}

/** Extensions a directory is searched for (lower case, with the dot). */
export const DOCUMENT_EXTENSIONS: readonly string[] = Object.keys(BY_EXTENSION)

const UNSUPPORTED: Readonly<Record<string, string>> = {
  '.pdf': 'PDF documents', '.doc': 'Word documents', '.docx': 'Word documents', '.odt': 'OpenDocument texts',
  '.rtf': 'RTF documents', '.pages': 'Pages documents', '.epub': 'EPUB e-books',
  '.xls': 'spreadsheets', '.xlsx': 'spreadsheets', '.ods': 'spreadsheets', '.numbers': 'spreadsheets',
  '.csv': 'CSV tables', '.tsv': 'TSV tables',
  '.ppt': 'presentations', '.pptx': 'presentations', '.odp': 'presentations', '.key': 'presentations',
  '.zip': 'archives', '.gz': 'archives', '.tgz': 'archives', '.bz2': 'archives', '.xz': 'archives', '.7z': 'archives', '.rar': 'archives', '.tar': 'archives',
  '.png': 'images', '.jpg': 'images', '.jpeg': 'images', '.gif': 'images', '.webp': 'images', '.bmp': 'images', '.tif': 'images', '.tiff': 'images', '.heic': 'images', '.svg': 'SVG images', '.ico': 'images',
  '.mp3': 'audio files', '.wav': 'audio files', '.ogg': 'audio files', '.m4a': 'audio files', '.flac': 'audio files',
  '.mp4': 'video files', '.mov': 'video files', '.avi': 'video files', '.mkv': 'video files', '.webm': 'video files',
  '.exe': 'executables', '.dll': 'executables', '.so': 'executables', '.dylib': 'executables', '.bin': 'binary files', '.wasm': 'WebAssembly modules',
  '.sqlite': 'databases', '.db': 'databases', '.xml': 'XML files (other than XHTML)',
}

const CONVERT = 'convert it to plain text (.txt), HTML or JSONL first'

function unsupported(source: string, what: string): InputError {
  return new InputError(source, `${what} are not supported; ${CONVERT}`)
}

/** True when every non-empty line starts with '{' (leading whitespace allowed). */
function looksLikeJsonl(text: string): boolean {
  let sawLine = false
  let lineStart = true
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 10) { lineStart = true; continue }
    if (!lineStart) continue
    if (c === 32 || c === 9 || c === 13 || c === 0xfeff) continue
    if (c !== 123) return false
    sawLine = true
    lineStart = false
  }
  return sawLine
}

const HTML_MARKERS = /<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]/i
const HTML_BLOCKS = /<(?:p|div|article|section|h[1-6])[\s>]/i

function looksLikeHtml(head: string): boolean {
  if (HTML_MARKERS.test(head)) return true
  return head.trimStart().startsWith('<') && HTML_BLOCKS.test(head)
}

/**
 * Tells how to read an input: by its extension first, then by its content (JSONL when every
 * non-empty line starts with '{'; HTML when it has a doctype, <html>, <head> or <body>, or starts
 * with a tag and holds <p>/<div> blocks; otherwise plain text). Throws InputError for formats
 * that cannot be read (PDF, Word, spreadsheets, archives, images…), naming the format.
 *
 * @example
 * sniffFormat('news/a.htm', '…') // 'html'
 * sniffFormat('stdin', '{"id":"1","text":"…"}\n') // 'jsonl'
 * sniffFormat('a.docx', '') // throws 'a.docx: Word documents are not supported; …'
 */
export function sniffFormat(source: string, text: string): InputFormat {
  const extension = extname(source).toLowerCase()
  const known = BY_EXTENSION[extension]
  if (known) return known
  if (extension === '.json') {
    if (looksLikeJsonl(text)) return 'jsonl'
    throw new InputError(source, 'JSON files are read only as JSON Lines: put one {"id", "text"} object per line and name the file .jsonl')
  }
  const what = UNSUPPORTED[extension]
  if (what) throw unsupported(source, what)
  const head = text.slice(0, 2048)
  const start = head.trimStart()
  if (start.startsWith('%PDF-')) throw unsupported(source, 'PDF documents')
  if (start.startsWith('{\\rtf')) throw unsupported(source, 'RTF documents')
  if (/^<\?xml/i.test(start) && !HTML_MARKERS.test(head)) throw unsupported(source, 'XML files (other than XHTML)')
  if (looksLikeJsonl(text)) return 'jsonl'
  if (looksLikeHtml(head)) return 'html'
  return 'text'
}

/** Throws the unsupported-format error for a path by its extension alone, before any byte is read. */
export function checkExtension(source: string): void {
  const what = UNSUPPORTED[extname(source).toLowerCase()]
  if (what) throw unsupported(source, what)
}

/** The format an extension names, or null when the extension alone does not tell. */
export function formatOfExtension(source: string): InputFormat | null {
  return BY_EXTENSION[extname(source).toLowerCase()] ?? null
}
