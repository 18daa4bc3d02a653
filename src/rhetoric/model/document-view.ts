import type { Sentence, Token } from '../../text/types.ts'
import type { CueHit } from './cue-hits.ts'
import { hashText } from './feature-hash.ts'
import { lexicalView, type LexicalView } from './lexical-view.ts'
import type { WordTable } from './word-table.ts'

/** Per-token log-odds (0 for masked names): see `LexicalOdds`. */
export interface TokenOdds {
  word: Float64Array
  stem: Float64Array
  phrase: Float64Array
  clause: Float64Array
}

/** A tokenized text as both models read it, computed once per text. */
export interface DocumentView extends LexicalView {
  tokens: readonly Token[]
  sentences: readonly Sentence[]
  /** 1 for tokens between double quotation marks */
  quoted: Uint8Array
  /** token index → hashes of the techniques and ids of the cue hits over it (undefined: none) */
  cueValues: ReadonlyArray<readonly number[] | undefined>
  odds: TokenOdds
  /** sentence index of each token, -1 for tokens outside every sentence */
  tokenSentence: Int32Array
}

const DOUBLE_QUOTES = new Set(['"', '“', '”', '«', '»', '„', '``', "''"])
const OPENING = new Set(['“', '«', '„', '``'])
const CLOSING = new Set(['”', '»', "''"])

/** Marks tokens that sit between double quotation marks, within one paragraph. */
export function quotedTokens(tokens: readonly Token[], sentences: readonly Sentence[]): Uint8Array {
  const quoted = new Uint8Array(tokens.length)
  let open = false
  let paragraph = -1
  for (const s of sentences) {
    if (s.paragraph !== paragraph) {
      open = false
      paragraph = s.paragraph
    }
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const text = tokens[i].text
      if (DOUBLE_QUOTES.has(text)) {
        open = OPENING.has(text) ? true : CLOSING.has(text) ? false : !open
        continue
      }
      if (open) quoted[i] = 1
    }
  }
  return quoted
}

/**
 * The cue values over each token: for every cue hit covering it, the hash of the hit's technique and
 * the hash of its cue id (token index → values).
 */
export function cueValuesByToken(tokens: readonly Token[], cues: readonly CueHit[]): Array<number[] | undefined> {
  const out = new Array<number[] | undefined>(tokens.length).fill(undefined)
  if (cues.length === 0) return out
  const sorted = [...cues].sort((a, b) => a.start - b.start || a.end - b.end)
  let first = 0
  for (const hit of sorted) {
    while (first < tokens.length && tokens[first].end <= hit.start) first++
    const values = [hashText('technique:' + hit.technique), hashText('cue:' + hit.cue)]
    for (let i = first; i < tokens.length && tokens[i].start < hit.end; i++) {
      const list = out[i]
      if (list) list.push(...values)
      else out[i] = [...values]
    }
  }
  return out
}

function tokenOdds(view: LexicalView, sentences: readonly Sentence[]): TokenOdds {
  const n = view.words.length
  const odds: TokenOdds = { word: new Float64Array(n), stem: new Float64Array(n), phrase: new Float64Array(n), clause: new Float64Array(n) }
  for (const s of sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (view.names[i]) continue
      const w = view.words[i]
      odds.word[i] = w.odds
      odds.stem[i] = w.stemOdds
      odds.phrase[i] = w.phraseOdds
      odds.clause[i] = w.clauseOdds
    }
  }
  return odds
}

/**
 * Reads a tokenized text once for both models: word descriptions (names masked if asked),
 * quotation, cue hits and log-odds per token. `read` is the text's lexical view when the caller has
 * read it already with the same table and masking.
 */
export function documentView(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  table: WordTable,
  maskNames: boolean,
  cues: readonly CueHit[] = [],
  read?: LexicalView,
): DocumentView {
  // A lexical view read already (with this table) is reused.
  const view = read !== undefined && read.table === table && read.maskNames === maskNames && read.words.length === tokens.length ? read : lexicalView(tokens, sentences, table, maskNames)
  const tokenSentence = new Int32Array(tokens.length).fill(-1)
  for (const s of sentences) tokenSentence.fill(s.index, s.tokenStart, s.tokenEnd)
  return {
    ...view,
    tokens,
    sentences,
    quoted: quotedTokens(tokens, sentences),
    cueValues: cueValuesByToken(tokens, cues),
    odds: tokenOdds(view, sentences),
    tokenSentence,
  }
}
