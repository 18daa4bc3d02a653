import { createHash } from 'node:crypto'

/**
 * The key of a document in the store: sha256 (hex) of its text in Unicode NFC with every run of
 * white space collapsed to one space and the ends trimmed, so the same text from two sources, or
 * with different line endings, is one document.
 *
 * @example
 * contentHash('Troops  arrived.\r\n') === contentHash('Troops arrived.') // true
 */
export function contentHash(text: string): string {
  const normalised = text.normalize('NFC').replace(/\s+/gu, ' ').trim()
  return createHash('sha256').update(normalised, 'utf8').digest('hex')
}

/** The hash that keys a failure whose text could not be read at all: one per source. */
export function sourceHash(source: string): string {
  return createHash('sha256').update(`unreadable\0${source}`, 'utf8').digest('hex')
}

/** The short id a store gives a document: the first 16 hex digits of its content hash. */
export function storeId(hash: string): string {
  return hash.slice(0, 16)
}
