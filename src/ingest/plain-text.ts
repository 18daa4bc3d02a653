import type { DocInput } from '../engine/types.ts'
import { extractTextMetadata } from './metadata.ts'

/**
 * Makes a document of plain text. The text stays whole (the headline and signature are part of what
 * is analysed); title, issuer and date are read from it, and `published` is the fallback date.
 *
 * @example
 * parsePlainText('Troops return home\n\nWARSAW, 5 May 2021 — …', 'a.txt').published // '2021-05-05'
 */
export function parsePlainText(text: string, source: string, options: { published?: string } = {}): DocInput {
  const metadata = extractTextMetadata(text)
  return {
    text,
    title: metadata.title,
    issuer: metadata.issuer,
    published: metadata.published ?? options.published ?? null,
    source,
  }
}
