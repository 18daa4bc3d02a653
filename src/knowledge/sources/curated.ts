import type { CuratedEntry } from '../data/curated-entry.ts'
import { AliasFlag, type KbEntry } from '../types.ts'
import { aliasFlags } from './alias-flags.ts'
import type { EnglishWords } from './english-words.ts'

/**
 * Knowledge-base entries from hand-written lists; the id is `<prefix>:<key>` and the note travels
 * with the entry. Aliases listed under `article` only count after "the".
 */
export function curatedEntries(list: readonly CuratedEntry[], prefix: string, source: string, words: EnglishWords): KbEntry[] {
  return list.map((c) => {
    const withArticle = new Set(c.article ?? [])
    const texts = [...new Set([c.name, ...(c.aliases ?? []), ...withArticle])]
    return {
      id: `${prefix}:${c.key}`,
      type: c.type,
      name: c.name,
      aliases: texts.map((text) => ({ text, flags: aliasFlags(text, words) | (withArticle.has(text) ? AliasFlag.needsArticle : 0) })),
      source,
      country: c.country ?? null,
      cameo: null,
      roles: [],
      note: c.note,
    }
  })
}
