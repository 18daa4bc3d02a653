import type { KbEntryType } from '../types.ts'

/**
 * A hand-written knowledge-base entry. `note` says why it is here and where its facts come from;
 * `article` lists aliases that only count after "the" ("the Gulf", "the West").
 */
export interface CuratedEntry {
  /** id without the source prefix, e.g. 'central-asia' */
  key: string
  type: KbEntryType
  name: string
  aliases?: readonly string[]
  article?: readonly string[]
  /** ISO 3166-1 alpha-3 code of the country the entry lies in or belongs to */
  country?: string
  note: string
}
