import * as CUES from './claim-cues.ts'
import { avalanche, fnv1a, FNV_OFFSET, FNV_PRIME, plainCharAt, WordDictionary } from './word-forms.ts'

/*
 * The words of check-worthiness features, read off each word token: the hash of its normal form (lower
 * case, straight apostrophes), the cue lists it is in, and the spelling traits the claim shape asks about.
 */

// Every cue word maps to a bit mask of the lists it is in, so each word costs one lookup.
export const PAST = 1 << 0
export const PARTICIPLE = 1 << 1
export const NOT_PAST_ED = 1 << 2
export const PERFECT = 1 << 3
export const FUTURE = 1 << 4
export const CONDITIONAL = 1 << 5
export const HEDGE = 1 << 6
export const COMPARATIVE = 1 << 7
export const SUPERLATIVE = 1 << 8
export const NOT_SUPERLATIVE = 1 << 9
export const NOT_COMPARATIVE = 1 << 10
export const NUMBER_WORD = 1 << 11
export const MAGNITUDE = 1 << 12
export const PERCENT = 1 << 13
export const CURRENCY = 1 << 14
export const FIRST_SINGULAR = 1 << 15
export const FIRST_PLURAL = 1 << 16
export const SECOND = 1 << 17
export const THIRD = 1 << 18
export const TIME = 1 << 19
export const SPEECH = 1 << 20
export const GOING = 1 << 21

const CUE_BITS: ReadonlyMap<string, number> = (() => {
  const bits = new Map<string, number>()
  const add = (words: readonly string[], bit: number) => {
    for (const w of words) bits.set(w, (bits.get(w) ?? 0) | bit)
  }
  add(CUES.IRREGULAR_PAST, PAST)
  add(CUES.IRREGULAR_PARTICIPLES, PARTICIPLE)
  add(CUES.NOT_PAST_ED, NOT_PAST_ED)
  add(CUES.PERFECT_AUXILIARIES, PERFECT)
  add(CUES.FUTURE_WORDS, FUTURE)
  add(CUES.CONDITIONAL_MODALS, CONDITIONAL)
  add(CUES.HEDGES, HEDGE)
  add(CUES.COMPARATIVES, COMPARATIVE)
  add([...CUES.SUPERLATIVES, 'best', 'worst'], SUPERLATIVE)
  add(CUES.NOT_SUPERLATIVE_EST, NOT_SUPERLATIVE)
  add(CUES.NOT_COMPARATIVE_ER, NOT_COMPARATIVE)
  add(CUES.NUMBER_WORDS, NUMBER_WORD)
  add(CUES.MAGNITUDE_WORDS, MAGNITUDE)
  add(CUES.PERCENT_WORDS, PERCENT)
  add(CUES.CURRENCY_WORDS, CURRENCY)
  add(CUES.FIRST_SINGULAR, FIRST_SINGULAR)
  add(CUES.FIRST_PLURAL, FIRST_PLURAL)
  add(CUES.SECOND_PERSON, SECOND)
  add(CUES.THIRD_PERSON, THIRD)
  add(CUES.TIME_WORDS, TIME)
  add(CUES.SPEECH_VERBS, SPEECH)
  add(['going'], GOING)
  return bits
})()
const CUE_WORDS = new WordDictionary(CUE_BITS.keys())
const CUE_BITS_BY_ID = Int32Array.from(CUE_WORDS.words, (w) => CUE_BITS.get(w) ?? 0)

/** The cue lists a lower-case word (or a symbol such as "$") is in, as a bit mask. */
export const cueBits = (word: string): number => CUE_BITS.get(word) ?? 0

// Spelling traits of a word token, one bit each.
/** Starts with a capital. */
export const UPPER = 1 << 0
/** "I" or one of its contractions ("I'm"): capitalised, yet no name. */
export const I_WORD = 1 << 1
/** Two or more capitals and no lower-case letter: "GDP", "NATO". */
export const ACRONYM = 1 << 2
/** A regular past form: "-ed", five letters or more, not "need" or "hundred". */
export const ED = 1 << 3
/** Ends in "'ve", the perfect auxiliary. */
export const ENDS_VE = 1 << 4
/** Ends in "'ll", the future. */
export const ENDS_LL = 1 << 5
/** May be a comparative before "than": "-er", five letters or more, not "other" or "never". */
export const COMPARATIVE_ER = 1 << 6
/** A superlative by its "-est", five letters or more, not "interest" or "protest". */
export const SUPERLATIVE_EST = 1 << 7
/** In a cue list or with a telling ending ("-ed", "-er", "-est", "'ll"): worth a closer look. */
export const TELLING = 1 << 8

/** Capitalised letters in a word; stops counting at two. */
function capitals(raw: string, lower: string): number {
  let n = 0
  for (let i = 0; i < raw.length && n < 2; i++) if (raw.charCodeAt(i) !== lower.charCodeAt(i)) n++
  return n
}

/** The spelling traits of a word token, from its text with straight apostrophes and its lower-cased form. */
function traitsOf(raw: string, word: string, bits: number): number {
  let traits = 0
  if (raw.charCodeAt(0) !== word.charCodeAt(0)) traits |= UPPER
  if (word === 'i' || word.startsWith("i'")) traits |= I_WORD
  if (raw.length >= 2 && capitals(raw, word) >= 2 && raw === raw.toUpperCase()) traits |= ACRONYM
  if (word.length >= 5 && word.endsWith('ed') && (bits & NOT_PAST_ED) === 0) traits |= ED
  if (word.endsWith("'ve")) traits |= ENDS_VE
  if (word.endsWith("'ll")) traits |= ENDS_LL
  if (word.length > 4 && word.endsWith('er') && (bits & NOT_COMPARATIVE) === 0) traits |= COMPARATIVE_ER
  if (word.length >= 5 && word.endsWith('est') && (bits & NOT_SUPERLATIVE) === 0) traits |= SUPERLATIVE_EST
  if (bits !== 0 || traits & ED || word.endsWith('er') || word.endsWith('est') || traits & ENDS_LL) traits |= TELLING
  return traits
}

/** Up to the last three characters of a short lower-case ASCII string, one per byte: "ed" -> 0x6564. */
function packed(s: string): number {
  let tail = 0
  for (let i = 0; i < s.length; i++) tail = (tail << 8) | s.charCodeAt(i)
  return tail
}

/** The last three characters of the normal form of a plain `text[start..end)`, packed as by {@link packed}. */
function plainTail(text: string, start: number, end: number): number {
  let tail = 0
  for (let i = Math.max(start, end - 3); i < end; i++) tail = (tail << 8) | plainCharAt(text, i)
  return tail
}

const ED_TAIL = packed('ed')
const ER_TAIL = packed('er')
const EST_TAIL = packed('est')
const VE_TAIL = packed("'ve")
const LL_TAIL = packed("'ll")

/**
 * {@link traitsOf} for a plain `text[start..end)`, read off its characters; `capitalCount` and
 * `lower` say how many ASCII capitals it has and whether it has a lower-case ASCII letter.
 */
function plainTraitsOf(text: string, start: number, end: number, bits: number, capitalCount: number, lower: boolean): number {
  const n = end - start
  const tail = plainTail(text, start, end)
  const last2 = tail & 0xffff
  let traits = 0
  const first = text.charCodeAt(start)
  if (first >= 65 && first <= 90) traits |= UPPER
  if (plainCharAt(text, start) === 105 && (n === 1 || plainCharAt(text, start + 1) === 39)) traits |= I_WORD
  if (n >= 2 && capitalCount >= 2 && !lower) traits |= ACRONYM
  const ed = n >= 5 && last2 === ED_TAIL && (bits & NOT_PAST_ED) === 0
  if (ed) traits |= ED
  if (tail === VE_TAIL) traits |= ENDS_VE
  const ll = tail === LL_TAIL
  if (ll) traits |= ENDS_LL
  const er = last2 === ER_TAIL
  if (n > 4 && er && (bits & NOT_COMPARATIVE) === 0) traits |= COMPARATIVE_ER
  const est = tail === EST_TAIL
  if (n >= 5 && est && (bits & NOT_SUPERLATIVE) === 0) traits |= SUPERLATIVE_EST
  if (bits !== 0 || ed || er || est || ll) traits |= TELLING
  return traits
}

/**
 * Reads word tokens for the claim shape, one at a time, into its fields: the hash of the normal
 * form, its cue bits and its spelling traits. Plain tokens (see `isPlain`), most of any English
 * text, are read in one pass over their characters, without building a string.
 *
 * @example
 * const word = new ClaimWordReader()
 * word.read('Doubled', 0, 7)
 * word.cues & COMPARATIVE // != 0
 */
export class ClaimWordReader {
  /** `hashString` of the normal form. */
  hash = 0
  /** The cue bits of the normal form. */
  cues = 0
  /** The spelling traits. */
  traits = 0

  /** Reads the word `text[start..end)`. */
  read(text: string, start: number, end: number): void {
    let h = FNV_OFFSET
    let capitals = 0
    let lower = false
    for (let i = start; i < end; i++) {
      let c = text.charCodeAt(i)
      if (c >= 65 && c <= 90) {
        capitals++
        c |= 32
      } else if (c >= 97 && c <= 122) lower = true
      else if (c === 0x2019) c = 39
      else if (c >= 128) return this.readString(text.slice(start, end))
      h = Math.imul(h ^ c, FNV_PRIME)
    }
    this.readPlain(text, start, end, h >>> 0, capitals, lower)
  }

  /**
   * Reads the plain word `text[start..end)` (see `isPlain`) whose `plainFnv1a` is `fnv`, with
   * `capitalCount` ASCII capitals and, when `lower`, a lower-case ASCII letter.
   */
  private readPlain(text: string, start: number, end: number, fnv: number, capitalCount: number, lower: boolean): void {
    const id = CUE_WORDS.findPlain(text, start, end, fnv)
    this.cues = id === -1 ? 0 : CUE_BITS_BY_ID[id]
    this.traits = plainTraitsOf(text, start, end, this.cues, capitalCount, lower)
    this.hash = avalanche(fnv)
  }

  /** Reads a word that is not plain, by its strings. */
  private readString(text: string): void {
    const raw = text.includes('’') ? text.replace(/’/g, "'") : text
    const word = raw.toLowerCase()
    this.cues = cueBits(word)
    this.traits = traitsOf(raw, word, this.cues)
    this.hash = avalanche(fnv1a(word))
  }
}

/** The word a number token stands for: `#year`, `#decimal` or `#number`. */
export function numberWord(text: string): string {
  if (/^(?:1[5-9]|20)\d\d$/.test(text)) return '#year'
  return /[.,]\d{1,2}$/.test(text) && !/,\d{3}$/.test(text) ? '#decimal' : '#number'
}

/** The words that stand for tokens of other kinds in the claim shape. */
export const STAND_INS = ['#year', '#decimal', '#number', '#url', '#email'] as const
/** `hashString` of each stand-in word. */
export const STAND_IN_HASHES: Readonly<Record<(typeof STAND_INS)[number], number>> = Object.fromEntries(
  STAND_INS.map((w) => [w, avalanche(fnv1a(w))]),
) as Record<(typeof STAND_INS)[number], number>
