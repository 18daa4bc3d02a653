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

const LENGTH_BINS = [3, 6, 10, 15, 20, 30, 45]

/** The length bin of a sentence of `n` words: "1-3", "4-6", …, "46+". */
export function lengthBin(n: number): string {
  let low = 1
  for (const high of LENGTH_BINS) {
    if (n <= high) return `${low}-${high}`
    low = high + 1
  }
  return `${low}+`
}

const LENGTH_NAMES = Array.from({ length: 47 }, (_, n) => `length=${lengthBin(n)}`)
const NUMBER_NAMES = ['numbers=0', 'numbers=1', 'numbers=2', 'numbers=3']
const NAME_NAMES = ['names=0', 'names=1', 'names=2', 'names=3']
const quantity = (s: ClaimShape): boolean => s.numbers > 0 || s.magnitude || s.percent

/** Flag features and when they are on; the pairs are conjunctions a linear model cannot build itself. */
const FLAGS: ReadonlyArray<readonly [string, (s: ClaimShape) => boolean]> = [
  ['number:year', (s) => s.year],
  ['number:percent', (s) => s.percent],
  ['number:money', (s) => s.money],
  ['number:magnitude', (s) => s.magnitude],
  ['number:word', (s) => s.numberWord],
  ['acronym', (s) => s.acronym],
  ['case:title', (s) => s.titleCase],
  ['comparative', (s) => s.comparative],
  ['superlative', (s) => s.superlative],
  ['tense:past', (s) => s.past],
  ['tense:perfect', (s) => s.perfect],
  ['tense:future', (s) => s.future],
  ['tense:present', (s) => !s.past && !s.perfect && !s.future],
  ['modal:conditional', (s) => s.conditional],
  ['person:i', (s) => s.firstSingular],
  ['person:we', (s) => s.firstPlural],
  ['person:you', (s) => s.second],
  ['person:they', (s) => s.third],
  ['hedge', (s) => s.hedge],
  ['time', (s) => s.time],
  ['question', (s) => s.question],
  ['exclamation', (s) => s.exclamation],
  ['pair:quantity+past', (s) => quantity(s) && (s.past || s.perfect)],
  ['pair:quantity+comparative', (s) => quantity(s) && s.comparative],
  ['pair:quantity+name', (s) => quantity(s) && s.names > 0],
  ['pair:hedge+i', (s) => s.hedge && s.firstSingular],
  ['pair:future+we', (s) => s.future && (s.firstSingular || s.firstPlural)],
  ['pair:name+past', (s) => s.names > 0 && s.past],
]

/** Every shape feature name, in a fixed order; {@link shapeFeatureIds} gives positions in this list. */
export const SHAPE_FEATURE_NAMES: readonly string[] = [...NUMBER_NAMES, ...NAME_NAMES, ...LENGTH_NAMES, ...FLAGS.map(([name]) => name)]
const NAMES_AT = NUMBER_NAMES.length
const LENGTH_AT = NAMES_AT + NAME_NAMES.length
const FLAGS_AT = LENGTH_AT + LENGTH_NAMES.length

/**
 * Writes the positions in {@link SHAPE_FEATURE_NAMES} of the shape's features into `out` from `at`
 * (room for 3 + the number of flags is needed) and returns where it stopped.
 */
export function shapeFeatureIds(shape: ClaimShape, out: Int32Array, at: number): number {
  out[at++] = Math.min(shape.numbers, 3)
  out[at++] = NAMES_AT + Math.min(shape.names, 3)
  out[at++] = LENGTH_AT + Math.min(shape.words.length, 46)
  for (let f = 0; f < FLAGS.length; f++) if (FLAGS[f][1](shape)) out[at++] = FLAGS_AT + f
  return at
}

/** The most features {@link shapeFeatureIds} writes for one sentence. */
export const MAX_SHAPE_FEATURES = 3 + FLAGS.length

/**
 * The shape as feature names: counts in bins, flags, and a few pairs that a linear model cannot
 * build itself (numbers in the past tense are records; "I" with a hedge is a personal view).
 *
 * @example
 * shapeFeatureNames(claimShape(tokens, 0, tokens.length)) // ['numbers=1', 'names=0', 'length=4-6', 'number:percent', …]
 */
export function shapeFeatureNames(shape: ClaimShape): string[] {
  const ids = new Int32Array(MAX_SHAPE_FEATURES)
  const n = shapeFeatureIds(shape, ids, 0)
  return Array.from(ids.subarray(0, n), (id) => SHAPE_FEATURE_NAMES[id])
}
