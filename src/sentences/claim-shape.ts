import type { Token } from '../text/types.ts'
import * as CUES from './claim-cues.ts'

/**
 * What a sentence looks like as a claim: its normalised words and the cues a fact-checker reads
 * first — numbers and their kind, names, comparison, tense, person, hedging, punctuation.
 */
export interface ClaimShape {
  /** Lower-cased words; numbers become `#year`, `#number` or `#decimal`, addresses `#url`; punctuation is left out. */
  words: string[]
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

// Every cue word maps to a bit mask of the lists it is in, so each word costs one lookup.
const PAST = 1 << 0
const PARTICIPLE = 1 << 1
const NOT_PAST_ED = 1 << 2
const PERFECT = 1 << 3
const FUTURE = 1 << 4
const CONDITIONAL = 1 << 5
const HEDGE = 1 << 6
const COMPARATIVE = 1 << 7
const SUPERLATIVE = 1 << 8
const NOT_SUPERLATIVE = 1 << 9
const NOT_COMPARATIVE = 1 << 10
const NUMBER_WORD = 1 << 11
const MAGNITUDE = 1 << 12
const PERCENT = 1 << 13
const CURRENCY = 1 << 14
const FIRST_SINGULAR = 1 << 15
const FIRST_PLURAL = 1 << 16
const SECOND = 1 << 17
const THIRD = 1 << 18
const TIME = 1 << 19
const SPEECH = 1 << 20
const GOING = 1 << 21

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

const cueBits = (word: string): number => CUE_BITS.get(word) ?? 0
const CLOSING_QUOTES = new Set(['”', '’', '»', '›', '」', '』'])

/**
 * True when the quote mark at `k` closes a quotation that an attribution follows (`…,” said the
 * minister.`): what the sentence claims is inside the quotation, not in who said it.
 */
function attributionFollows(tokens: readonly Token[], k: number, to: number): boolean {
  const mark = tokens[k]
  const closing = CLOSING_QUOTES.has(mark.text) || ((mark.text === '"' || mark.text === "'") && !mark.spaceBefore)
  if (!closing) return false
  let words = 0
  for (let j = k + 1; j < to && words < 4; j++) {
    const t = tokens[j]
    if (t.kind !== 'word') continue
    words++
    if (cueBits(t.text.toLowerCase()) & SPEECH) return true
  }
  return false
}

function numberWord(text: string): string {
  if (/^(?:1[5-9]|20)\d\d$/.test(text)) return '#year'
  return /[.,]\d{1,2}$/.test(text) && !/,\d{3}$/.test(text) ? '#decimal' : '#number'
}

const endsWithEd = (word: string, bits: number): boolean => word.length >= 5 && word.endsWith('ed') && (bits & NOT_PAST_ED) === 0

/** Capitalised letters in a word; stops counting at two. */
function capitals(raw: string, lower: string): number {
  let n = 0
  for (let i = 0; i < raw.length && n < 2; i++) if (raw.charCodeAt(i) !== lower.charCodeAt(i)) n++
  return n
}

const nextWordIs = (tokens: readonly Token[], k: number, word: string): boolean => {
  const next = tokens[k + 1]
  return next !== undefined && next.text.length === word.length && next.text.toLowerCase() === word
}

/**
 * Reads the claim cues of the tokens `from`–`to` (one sentence).
 *
 * @example
 * const tokens = tokenize('Unemployment fell to 4.2% in 2019.')
 * const shape = claimShape(tokens, 0, tokens.length)
 * shape.percent && shape.year && shape.past // true
 */
export function claimShape(tokens: readonly Token[], from: number, to: number): ClaimShape {
  const shape: ClaimShape = {
    words: [],
    numbers: 0,
    year: false,
    percent: false,
    money: false,
    magnitude: false,
    numberWord: false,
    names: 0,
    acronym: false,
    titleCase: false,
    comparative: false,
    superlative: false,
    past: false,
    perfect: false,
    future: false,
    conditional: false,
    firstSingular: false,
    firstPlural: false,
    second: false,
    third: false,
    hedge: false,
    time: false,
    question: false,
    exclamation: false,
  }
  const { words } = shape
  let capitalised = 0
  let lettered = 0
  let afterOpening = true
  let perfectWithin = 0
  for (let k = from; k < to; k++) {
    const t = tokens[k]
    const kind = t.kind
    if (kind === 'punct' || kind === 'quote') {
      if (kind === 'quote' && words.length > 0 && attributionFollows(tokens, k, to)) break
      if (t.text === ':' || kind === 'quote') afterOpening = true
      continue
    }
    if (kind === 'symbol') {
      if (t.text === '%') shape.percent = true
      else if (cueBits(t.text) & CURRENCY) shape.money = true
      continue
    }
    if (kind === 'number') {
      const word = numberWord(t.text)
      words.push(word)
      shape.numbers++
      if (word === '#year') shape.year = true
      afterOpening = false
      perfectWithin--
      continue
    }
    if (kind === 'url' || kind === 'email') {
      words.push(kind === 'url' ? '#url' : '#email')
      afterOpening = false
      perfectWithin--
      continue
    }
    const raw = t.text.includes('’') ? t.text.replace(/’/g, "'") : t.text
    const word = raw.toLowerCase()
    words.push(word)
    const upper = raw.charCodeAt(0) !== word.charCodeAt(0)
    lettered++
    if (upper) {
      capitalised++
      if (!afterOpening && word !== 'i' && !word.startsWith("i'")) shape.names++
      if (raw.length >= 2 && capitals(raw, word) >= 2 && raw === raw.toUpperCase()) shape.acronym = true
    }
    afterOpening = false
    const bits = cueBits(word)
    const ed = endsWithEd(word, bits)
    if (perfectWithin > 0 && (ed || bits & PARTICIPLE)) shape.perfect = true
    perfectWithin = bits & PERFECT || word.endsWith("'ve") ? 3 : perfectWithin - 1
    if (bits === 0 && !ed && !word.endsWith('er') && !word.endsWith('est') && !word.endsWith("'ll")) continue
    if (bits & PERCENT) shape.percent ||= word !== 'per' || nextWordIs(tokens, k, 'cent')
    if (bits & CURRENCY) shape.money = true
    if (bits & MAGNITUDE) shape.magnitude ||= word.length > 2 || tokens[k - 1]?.kind === 'number'
    if (bits & NUMBER_WORD) shape.numberWord = true
    if (bits & COMPARATIVE) shape.comparative = true
    else if (word.length > 4 && word.endsWith('er') && (bits & NOT_COMPARATIVE) === 0 && nextWordIs(tokens, k, 'than')) shape.comparative = true
    if (bits & SUPERLATIVE || (word.length >= 5 && word.endsWith('est') && (bits & NOT_SUPERLATIVE) === 0)) shape.superlative = true
    if (bits & PAST || ed) shape.past = true
    if (bits & FUTURE || word.endsWith("'ll") || (bits & GOING && nextWordIs(tokens, k, 'to'))) shape.future = true
    if (bits & CONDITIONAL) shape.conditional = true
    if (bits & HEDGE) shape.hedge = true
    if (bits & TIME) shape.time = true
    if (bits & FIRST_SINGULAR) shape.firstSingular = true
    else if (bits & FIRST_PLURAL) shape.firstPlural = true
    else if (bits & SECOND) shape.second = true
    else if (bits & THIRD) shape.third = true
  }
  for (let k = to - 1; k >= from; k--) {
    const t = tokens[k]
    if (t.kind === 'quote' || t.text === ')') continue
    if (t.text.includes('?')) shape.question = true
    if (t.text.includes('!')) shape.exclamation = true
    break
  }
  shape.titleCase = lettered >= 3 && capitalised === lettered
  if (shape.titleCase) shape.names = 0
  return shape
}
