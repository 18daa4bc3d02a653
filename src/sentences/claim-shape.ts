import type { Token } from '../text/types.ts'
import {
  ACRONYM, ClaimWordReader, COMPARATIVE, COMPARATIVE_ER, CONDITIONAL, CURRENCY, ED, ENDS_LL, ENDS_VE, FIRST_PLURAL, FIRST_SINGULAR, FUTURE, GOING, HEDGE,
  I_WORD, MAGNITUDE, NUMBER_WORD, PARTICIPLE, PAST, PERCENT, PERFECT, SECOND, SPEECH, STAND_IN_HASHES, STAND_INS, SUPERLATIVE, SUPERLATIVE_EST, TELLING,
  THIRD, TIME, UPPER, cueBits, numberWord,
} from './claim-words.ts'
import type { WordIds } from '../text/vocabulary.ts'
import { WordNumbers } from '../text/word-numbers.ts'
import { normaliseWord } from './word-forms.ts'

/** The cues of a claim that are not its words; see {@link ClaimShape}. */
export interface ClaimCues {
  numbers: number
  year: boolean
  percent: boolean
  money: boolean
  magnitude: boolean
  numberWord: boolean
  /** Capitalised words that do not open the sentence: names, roughly. */
  names: number
  acronym: boolean
  /** Every word starts with a capital: a headline or a list of names. */
  titleCase: boolean
  comparative: boolean
  superlative: boolean
  past: boolean
  perfect: boolean
  future: boolean
  conditional: boolean
  firstSingular: boolean
  firstPlural: boolean
  second: boolean
  third: boolean
  hedge: boolean
  time: boolean
  question: boolean
  exclamation: boolean
}

/**
 * What a sentence looks like as a claim: its normalised words and the cues a fact-checker reads
 * first — numbers and their kind, names, comparison, tense, person, hedging, punctuation.
 */
export interface ClaimShape extends ClaimCues {
  /** Lower-cased words; numbers become `#year`, `#number` or `#decimal`, addresses `#url`; punctuation is left out. */
  words: string[]
}

const CLOSING_QUOTES = new Set(['”', '’', '»', '›', '」', '』'])

const nextWordIs = (tokens: readonly Token[], k: number, word: string): boolean => {
  const next = tokens[k + 1]
  return next !== undefined && next.text.length === word.length && next.text.toLowerCase() === word
}

/** Turns every flag of `cues` off and every count to zero; returns `cues`. */
function clearCues(cues: ClaimCues): ClaimCues {
  cues.numbers = 0
  cues.year = false
  cues.percent = false
  cues.money = false
  cues.magnitude = false
  cues.numberWord = false
  cues.names = 0
  cues.acronym = false
  cues.titleCase = false
  cues.comparative = false
  cues.superlative = false
  cues.past = false
  cues.perfect = false
  cues.future = false
  cues.conditional = false
  cues.firstSingular = false
  cues.firstPlural = false
  cues.second = false
  cues.third = false
  cues.hedge = false
  cues.time = false
  cues.question = false
  cues.exclamation = false
  return cues
}

/** Where a word of a claim comes from: a word token's index, or `-1 - i` for the i-th stand-in word. */
const URL_SOURCE = -1 - STAND_INS.indexOf('#url')
const EMAIL_SOURCE = -1 - STAND_INS.indexOf('#email')

/**
 * Reads sentences as claims, one at a time: the hashes of the words' normal forms and the cues of
 * {@link ClaimShape}. Reuses its buffers, so what it read is valid until the next `read`.
 *
 * @example
 * const reader = new ClaimReader()
 * const count = reader.read(tokens, sentence.tokenStart, sentence.tokenEnd)
 * reader.cues.past // true
 */
export class ClaimReader {
  /** The cues of the sentence read last. */
  readonly cues: ClaimCues = clearCues({} as ClaimCues)
  /** `hashString` of each of its words, `hashes[0..count)`. */
  hashes = new Uint32Array(256)
  /** Where each of its words comes from: a token index, or `-1 - i` for the i-th of `STAND_INS`. */
  sources = new Int32Array(256)
  private readonly word = new ClaimWordReader()
  // Per word id of the shared vocabulary, what `word` reads of it (hash, cue bits, traits) and the
  // stand-in a number token of that text becomes (its index in STAND_INS).
  private readonly byWord = new WordNumbers(4, (text, out) => {
    this.word.read(text, 0, text.length)
    out[0] = this.word.hash
    out[1] = this.word.cues
    out[2] = this.word.traits
    out[3] = STAND_INS.indexOf(numberWord(text) as (typeof STAND_INS)[number])
  })

  /** The word at position `i` of the sentence read last, as {@link ClaimShape} lists it. */
  wordAt(tokens: readonly Token[], i: number): string {
    const source = this.sources[i]
    return source >= 0 ? normaliseWord(tokens[source].text) : STAND_INS[-1 - source]
  }

  /**
   * Reads the tokens `from`–`to` (one sentence) and returns how many words it has. `text`, when
   * given, is the text the tokens were cut from: the words are read off it, which is faster. `words`,
   * the tokens' ids in the shared vocabulary (the engine's `ctx.words`), is faster still: what a word
   * reads as is kept by its id.
   */
  read(tokens: readonly Token[], from: number, to: number, text?: string, words?: WordIds): number {
    if (this.hashes.length < to - from) {
      this.hashes = new Uint32Array(2 * (to - from))
      this.sources = new Int32Array(2 * (to - from))
    }
    const { hashes, sources, word } = this
    // With word ids: per word, [hash, cue bits, traits, stand-in] at 4 * id.
    const wordIds = words ? words.ids : null
    const byWord = words ? this.byWord.prepare(words, from, to) : null
    const cues = clearCues(this.cues)
    let count = 0
    let capitalised = 0
    let lettered = 0
    let afterOpening = true
    let perfectWithin = 0
    for (let k = from; k < to; k++) {
      const t = tokens[k]
      const kind = t.kind
      if (kind === 'punct' || kind === 'quote') {
        if (kind === 'quote' && count > 0 && this.attributionFollows(tokens, k, to, text, wordIds, byWord)) break
        if (t.text === ':' || kind === 'quote') afterOpening = true
        continue
      }
      if (kind === 'symbol') {
        if (t.text === '%') cues.percent = true
        else if (cueBits(t.text) & CURRENCY) cues.money = true
        continue
      }
      if (kind === 'number') {
        const stand = wordIds !== null ? STAND_INS[byWord![4 * wordIds[k] + 3]] : (numberWord(t.text) as (typeof STAND_INS)[number])
        hashes[count] = STAND_IN_HASHES[stand]
        sources[count++] = -1 - STAND_INS.indexOf(stand)
        cues.numbers++
        if (stand === '#year') cues.year = true
        afterOpening = false
        perfectWithin--
        continue
      }
      if (kind === 'url' || kind === 'email') {
        hashes[count] = STAND_IN_HASHES[kind === 'url' ? '#url' : '#email']
        sources[count++] = kind === 'url' ? URL_SOURCE : EMAIL_SOURCE
        afterOpening = false
        perfectWithin--
        continue
      }
      let traits: number
      let bits: number
      if (wordIds !== null) {
        const at = 4 * wordIds[k]
        hashes[count] = byWord![at]
        bits = byWord![at + 1]
        traits = byWord![at + 2]
      } else {
        if (text === undefined) word.read(t.text, 0, t.text.length)
        else word.read(text, t.start, t.end)
        hashes[count] = word.hash
        bits = word.cues
        traits = word.traits
      }
      sources[count++] = k
      lettered++
      if (traits & UPPER) {
        capitalised++
        if (!afterOpening && !(traits & I_WORD)) cues.names++
        if (traits & ACRONYM) cues.acronym = true
      }
      afterOpening = false
      const ed = traits & ED
      if (perfectWithin > 0 && (ed || bits & PARTICIPLE)) cues.perfect = true
      perfectWithin = bits & PERFECT || traits & ENDS_VE ? 3 : perfectWithin - 1
      if (!(traits & TELLING)) continue
      if (bits & PERCENT) cues.percent ||= this.wordAt(tokens, count - 1) !== 'per' || nextWordIs(tokens, k, 'cent')
      if (bits & CURRENCY) cues.money = true
      if (bits & MAGNITUDE) cues.magnitude ||= this.wordAt(tokens, count - 1).length > 2 || tokens[k - 1]?.kind === 'number'
      if (bits & NUMBER_WORD) cues.numberWord = true
      if (bits & COMPARATIVE) cues.comparative = true
      else if (traits & COMPARATIVE_ER && nextWordIs(tokens, k, 'than')) cues.comparative = true
      if (bits & SUPERLATIVE || traits & SUPERLATIVE_EST) cues.superlative = true
      if (bits & PAST || ed) cues.past = true
      if (bits & FUTURE || traits & ENDS_LL || (bits & GOING && nextWordIs(tokens, k, 'to'))) cues.future = true
      if (bits & CONDITIONAL) cues.conditional = true
      if (bits & HEDGE) cues.hedge = true
      if (bits & TIME) cues.time = true
      if (bits & FIRST_SINGULAR) cues.firstSingular = true
      else if (bits & FIRST_PLURAL) cues.firstPlural = true
      else if (bits & SECOND) cues.second = true
      else if (bits & THIRD) cues.third = true
    }
    for (let k = to - 1; k >= from; k--) {
      const t = tokens[k]
      if (t.kind === 'quote' || t.text === ')') continue
      if (t.text.includes('?')) cues.question = true
      if (t.text.includes('!')) cues.exclamation = true
      break
    }
    cues.titleCase = lettered >= 3 && capitalised === lettered
    if (cues.titleCase) cues.names = 0
    return count
  }

  /**
   * True when the quote mark at `k` closes a quotation that an attribution follows (`…,” said the
   * minister.`): what the sentence claims is inside the quotation, not in who said it.
   */
  private attributionFollows(tokens: readonly Token[], k: number, to: number, text: string | undefined, wordIds: Int32Array | null, byWord: Int32Array | null): boolean {
    const mark = tokens[k]
    const closing = CLOSING_QUOTES.has(mark.text) || ((mark.text === '"' || mark.text === "'") && !mark.spaceBefore)
    if (!closing) return false
    let words = 0
    for (let j = k + 1; j < to && words < 4; j++) {
      const t = tokens[j]
      if (t.kind !== 'word') continue
      words++
      if (wordIds !== null) {
        if (byWord![4 * wordIds[j] + 1] & SPEECH) return true
        continue
      }
      if (text === undefined) this.word.read(t.text, 0, t.text.length)
      else this.word.read(text, t.start, t.end)
      if (this.word.cues & SPEECH) return true
    }
    return false
  }
}

const reader = new ClaimReader()

/**
 * Reads the claim cues of the tokens `from`–`to` (one sentence).
 *
 * @example
 * const tokens = tokenize('Unemployment fell to 4.2% in 2019.')
 * const shape = claimShape(tokens, 0, tokens.length)
 * shape.percent && shape.year && shape.past // true
 */
export function claimShape(tokens: readonly Token[], from: number, to: number): ClaimShape {
  const count = reader.read(tokens, from, to)
  const words: string[] = []
  for (let i = 0; i < count; i++) words.push(reader.wordAt(tokens, i))
  return { words, ...reader.cues }
}
