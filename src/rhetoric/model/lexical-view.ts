import type { Sentence, Token } from '../../text/types.ts'
import { readWordIds, type WordIds } from '../../text/vocabulary.ts'
import { hashText } from './feature-hash.ts'
import type { WordInfo, WordTable } from './word-table.ts'

/** The lexical placeholder of a masked name. */
export const NAME = hashText('<name>')

/** The tokens of a text as the models read them: word descriptions and lexical identities, names masked if asked. */
export interface LexicalView {
  /** the table the word descriptions come from */
  table: WordTable
  /** whether name-like words are masked */
  maskNames: boolean
  words: WordInfo[]
  /** the lower-cased word's hash, or the name placeholder */
  lexical: Int32Array
  /** the crude lemma's hash, or the name placeholder */
  stems: Int32Array
  /** 1 for masked names */
  names: Uint8Array
}

/**
 * Marks name-like tokens: capitalised words whose lower-case form is neither a common lower-case
 * word (`common`: seen in lower case in the training texts) nor used in lower case in this text.
 * This catches names of people, parties, countries and groups wherever they stand, and leaves
 * capitalised common words (sentence openers, title case), the pronoun I and abbreviations such as
 * "Mr." alone.
 */
export function nameLikeTokens(tokens: readonly Token[], words: readonly WordInfo[], common: ReadonlySet<number>): Uint8Array {
  const out = new Uint8Array(tokens.length)
  const pronoun = (text: string) => text === 'I' || /^I['’]/.test(text)
  const lowerHere = new Set<number>()
  for (let i = 0; i < tokens.length; i++) if (tokens[i].kind === 'word' && !words[i].capitalized) lowerHere.add(words[i].lower)
  for (let i = 0; i < tokens.length; i++) {
    const w = words[i]
    if (tokens[i].kind === 'word' && w.capitalized && !tokens[i].abbr && !pronoun(tokens[i].text) && !common.has(w.lower) && !lowerHere.has(w.lower)) out[i] = 1
  }
  return out
}

/** Hashes of the words seen in lower case at least `minCount` times: the common vocabulary that is never masked. */
export function commonLowercaseWords(texts: Iterable<readonly Token[]>, table: WordTable, minCount = 3): Set<number> {
  const counts = new Map<number, number>()
  for (const tokens of texts) {
    const words = table.describeTokens(readWordIds(tokens))
    for (let i = 0; i < tokens.length; i++) {
      const w = words[i]
      if (tokens[i].kind === 'word' && !w.capitalized) counts.set(w.lower, (counts.get(w.lower) ?? 0) + 1)
    }
  }
  return new Set([...counts].filter(([, n]) => n >= minCount).map(([h]) => h))
}

/**
 * Describes every token once. With `maskNames`, name-like words (names of people, parties, countries,
 * groups; see `nameLikeTokens`) all read as one placeholder, so who or what a text is about never counts
 * as a cue — only how it is said. `wordIds` are the tokens' ids in the shared vocabulary when the
 * caller has them (the engine's `ctx.words`).
 */
export function lexicalView(tokens: readonly Token[], sentences: readonly Sentence[], table: WordTable, maskNames: boolean, wordIds: WordIds = readWordIds(tokens)): LexicalView {
  if (wordIds.ids.length !== tokens.length) throw new Error(`lexicalView: ${wordIds.ids.length} word ids for ${tokens.length} tokens`)
  const words = table.describeTokens(wordIds)
  const names = maskNames ? nameLikeTokens(tokens, words, table.odds.common) : new Uint8Array(tokens.length)
  const lexical = new Int32Array(tokens.length)
  const stems = new Int32Array(tokens.length)
  for (let i = 0; i < tokens.length; i++) {
    lexical[i] = names[i] ? NAME : words[i].lower
    stems[i] = names[i] ? NAME : words[i].stem
  }
  return { table, maskNames, words, lexical, stems, names }
}
