import { isUtf8 } from 'node:buffer'
import { detectBinaryFormat } from './binary-signatures.ts'
import { InputError } from './input-error.ts'

const utf8 = new TextDecoder('utf-8', { fatal: true })
const utf16le = new TextDecoder('utf-16le', { fatal: true })
const utf16be = new TextDecoder('utf-16be', { fatal: true })

/** Byte offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]
    if (b < 0x80) { i++; continue }
    let need: number
    let min: number
    if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80 }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800 }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000 }
    else return i
    let code = b & (0x3f >> need)
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined || (c & 0xc0) !== 0x80) return i
      code = (code << 6) | (c & 0x3f)
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i
    i += need + 1
  }
  return -1
}

function isControl(code: number): boolean {
  // Tab, line feed, vertical tab, form feed and carriage return are layout; everything else below 0x20 is not text.
  return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0b && code !== 0x0c && code !== 0x0d
}

function looksLikeUtf16WithoutBom(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 512) & ~1
  if (n < 16) return false
  let evenZeros = 0
  let oddZeros = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++
    if (bytes[i + 1] === 0) oddZeros++
  }
  const pairs = n / 2
  return evenZeros > pairs * 0.4 !== oddZeros > pairs * 0.4
}

/** Rejects decoded text that holds control characters a text file does not contain. */
function checkControls(text: string, source: string, line?: number): void {
  let controls = 0
  let first = -1
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 0) throw new InputError(source, `binary data: NUL character at position ${i}; this is not a text file`, { line })
    if (isControl(code)) {
      controls++
      if (first < 0) first = i
    }
  }
  // A stray escape or form character in a real text is kept; many of them mean the file is not text.
  if (controls > 0 && controls * 100 > text.length) {
    throw new InputError(source, `binary data: ${controls} control characters (the first at position ${first}); this is not a text file`, { line })
  }
}

/**
 * Decodes strict UTF-8 (a BOM is dropped) without the emptiness check; used for whole files and
 * for single JSONL lines. Throws InputError naming the byte offset of invalid UTF-8.
 */
export function decodeUtf8(bytes: Uint8Array, source: string, line?: number): string {
  if (!isUtf8(bytes)) {
    const at = firstInvalidUtf8(bytes)
    const where = line === undefined ? `at byte offset ${at}` : `at byte offset ${at} of the line`
    throw new InputError(source, `invalid UTF-8 ${where} (byte 0x${bytes[at].toString(16).padStart(2, '0')}); save the file as UTF-8`, { line })
  }
  const text = utf8.decode(bytes)
  checkControls(text, source, line)
  return text
}

/**
 * Turns a file's bytes into text: UTF-8 (a BOM is dropped) or UTF-16 LE/BE with a BOM.
 * Throws InputError for binary data (known binary formats are named), invalid UTF-8 (with the
 * byte offset), and empty or whitespace-only input.
 *
 * @example
 * decodeBytes(new TextEncoder().encode('\uFEFFHello'), 'a.txt') // 'Hello'
 * decodeBytes(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]), 'a.pdf') // throws 'a.pdf: binary data: this is a PDF document …'
 */
export function decodeBytes(bytes: Uint8Array, source: string): string {
  if (bytes.length === 0) throw new InputError(source, 'the input is empty (0 bytes)')
  const format = detectBinaryFormat(bytes)
  if (format) throw new InputError(source, `binary data: this is a ${format}, not text; convert it to plain text or HTML first`)
  let text: string
  if ((bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) || (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)) {
    throw new InputError(source, 'UTF-32 text is not supported; save the file as UTF-8')
  } else if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const littleEndian = bytes[0] === 0xff
    try {
      text = (littleEndian ? utf16le : utf16be).decode(bytes)
    } catch (cause) {
      throw new InputError(source, `invalid UTF-16 ${littleEndian ? 'LE' : 'BE'} text (odd length or broken surrogate pair); save the file as UTF-8`, { cause })
    }
    checkControls(text, source)
  } else {
    const nul = bytes.indexOf(0)
    if (nul >= 0) {
      const hint = looksLikeUtf16WithoutBom(bytes) ? '; if this is UTF-16 text without a byte-order mark, save it as UTF-8' : ''
      throw new InputError(source, `binary data: NUL byte at byte offset ${nul}; this is not a text file${hint}`)
    }
    text = decodeUtf8(bytes, source)
  }
  if (text.length === 0) throw new InputError(source, 'the input is empty (only a byte-order mark)')
  if (text.trim().length === 0) throw new InputError(source, 'the input contains only whitespace')
  return text
}
