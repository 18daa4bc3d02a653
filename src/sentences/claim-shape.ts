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
  /** Every word is in capitals or starts with one: a headline or a list of names. */
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

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words)
const IRREGULAR_PAST = set(CUES.IRREGULAR_PAST)
const IRREGULAR_PARTICIPLES = set(CUES.IRREGULAR_PARTICIPLES)
const NOT_PAST_ED = set(CUES.NOT_PAST_ED)
const PERFECT_AUXILIARIES = set(CUES.PERFECT_AUXILIARIES)
const FUTURE_WORDS = set(CUES.FUTURE_WORDS)
const CONDITIONAL_MODALS = set(CUES.CONDITIONAL_MODALS)
const HEDGES = set(CUES.HEDGES)
const COMPARATIVES = set(CUES.COMPARATIVES)
const SUPERLATIVES = set(CUES.SUPERLATIVES)
const NOT_SUPERLATIVE_EST = set(CUES.NOT_SUPERLATIVE_EST)
const NOT_COMPARATIVE_ER = set(CUES.NOT_COMPARATIVE_ER)
const NUMBER_WORDS = set(CUES.NUMBER_WORDS)
const MAGNITUDE_WORDS = set(CUES.MAGNITUDE_WORDS)
const PERCENT_WORDS = set(CUES.PERCENT_WORDS)
const CURRENCY_WORDS = set(CUES.CURRENCY_WORDS)
const FIRST_SINGULAR = set(CUES.FIRST_SINGULAR)
const FIRST_PLURAL = set(CUES.FIRST_PLURAL)
const SECOND_PERSON = set(CUES.SECOND_PERSON)
const THIRD_PERSON = set(CUES.THIRD_PERSON)
const TIME_WORDS = set(CUES.TIME_WORDS)
const PRONOUN_I = /^i(?:'[a-z]+)?$/
const SPEECH_VERBS = set(CUES.SPEECH_VERBS)
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
    if (SPEECH_VERBS.has(t.text.toLowerCase())) return true
  }
  return false
}

function numberWord(text: string): string {
  if (/^(?:1[5-9]|20)\d\d$/.test(text)) return '#year'
  return /[.,]\d{1,2}$/.test(text) && !/,\d{3}$/.test(text) ? '#decimal' : '#number'
}

function isPast(word: string): boolean {
  if (IRREGULAR_PAST.has(word)) return true
  return word.length >= 5 && word.endsWith('ed') && !NOT_PAST_ED.has(word)
}

function isParticiple(word: string): boolean {
  return IRREGULAR_PARTICIPLES.has(word) || (word.length >= 5 && word.endsWith('ed') && !NOT_PAST_ED.has(word))
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
  for (let k = from; k < to; k++) {
    const t = tokens[k]
    if (t.kind === 'punct' || t.kind === 'quote') {
      if (t.kind === 'quote' && words.length > 0 && attributionFollows(tokens, k, to)) break
      if (t.text === ':' || t.kind === 'quote') afterOpening = true
      continue
    }
    if (t.kind === 'symbol') {
      if (t.text === '%') shape.percent = true
      else if (CURRENCY_WORDS.has(t.text)) shape.money = true
      if (t.text.includes('?')) shape.question = true
      if (t.text.includes('!')) shape.exclamation = true
      continue
    }
    if (t.kind === 'number') {
      const word = numberWord(t.text)
      words.push(word)
      shape.numbers++
      if (word === '#year') shape.year = true
      afterOpening = false
      continue
    }
    if (t.kind === 'url' || t.kind === 'email') {
      words.push(t.kind === 'url' ? '#url' : '#email')
      afterOpening = false
      continue
    }
    const raw = t.text.includes('’') ? t.text.replace(/’/g, "'") : t.text
    const word = raw.toLowerCase()
    words.push(word)
    const first = raw.charCodeAt(0)
    const upper = first !== word.charCodeAt(0)
    if (/\p{L}/u.test(raw)) {
      lettered++
      if (upper) capitalised++
    }
    if (upper && !afterOpening && !PRONOUN_I.test(word)) shape.names++
    if (raw.length >= 2 && raw === raw.toUpperCase() && /^\p{Lu}/u.test(raw) && /\p{Lu}.*\p{Lu}/u.test(raw)) shape.acronym = true
    afterOpening = false
    if (PERCENT_WORDS.has(word)) shape.percent ||= word !== 'per' || (tokens[k + 1]?.text.toLowerCase() === 'cent')
    if (CURRENCY_WORDS.has(word)) shape.money = true
    if (MAGNITUDE_WORDS.has(word)) shape.magnitude ||= word.length > 2 || tokens[k - 1]?.kind === 'number'
    if (NUMBER_WORDS.has(word)) shape.numberWord = true
    if (COMPARATIVES.has(word)) shape.comparative = true
    else if (word.length > 4 && word.endsWith('er') && !NOT_COMPARATIVE_ER.has(word) && tokens[k + 1]?.text.toLowerCase() === 'than') shape.comparative = true
    if (SUPERLATIVES.has(word) || (word.length >= 5 && word.endsWith('est') && !NOT_SUPERLATIVE_EST.has(word)) || word === 'best' || word === 'worst') shape.superlative = true
    if (isPast(word)) shape.past = true
    if (FUTURE_WORDS.has(word) || word.endsWith("'ll") || (word === 'going' && tokens[k + 1]?.text.toLowerCase() === 'to')) shape.future = true
    if (CONDITIONAL_MODALS.has(word)) shape.conditional = true
    if (HEDGES.has(word)) shape.hedge = true
    if (TIME_WORDS.has(word)) shape.time = true
    if (FIRST_SINGULAR.has(word)) shape.firstSingular = true
    else if (FIRST_PLURAL.has(word)) shape.firstPlural = true
    else if (SECOND_PERSON.has(word)) shape.second = true
    else if (THIRD_PERSON.has(word)) shape.third = true
  }
  for (let i = 0; i < words.length && !shape.perfect; i++) {
    if (!PERFECT_AUXILIARIES.has(words[i]) && !words[i].endsWith("'ve")) continue
    for (let j = i + 1; j < words.length && j <= i + 3; j++) {
      if (isParticiple(words[j])) {
        shape.perfect = true
        break
      }
    }
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

/**
 * The shape as feature names: counts in bins, flags, and a few pairs that a linear model cannot
 * build itself (numbers in the past tense are records; "I" with a hedge is a personal view).
 *
 * @example
 * shapeFeatureNames(claimShape(tokens, 0, tokens.length)) // ['numbers=1', 'number:percent', …]
 */
export function shapeFeatureNames(shape: ClaimShape): string[] {
  const names: string[] = [`numbers=${Math.min(shape.numbers, 3)}`, `names=${Math.min(shape.names, 3)}`, `length=${lengthBin(shape.words.length)}`]
  const flag = (on: boolean, name: string) => {
    if (on) names.push(name)
  }
  flag(shape.year, 'number:year')
  flag(shape.percent, 'number:percent')
  flag(shape.money, 'number:money')
  flag(shape.magnitude, 'number:magnitude')
  flag(shape.numberWord, 'number:word')
  flag(shape.acronym, 'acronym')
  flag(shape.titleCase, 'case:title')
  flag(shape.comparative, 'comparative')
  flag(shape.superlative, 'superlative')
  flag(shape.past, 'tense:past')
  flag(shape.perfect, 'tense:perfect')
  flag(shape.future, 'tense:future')
  flag(!shape.past && !shape.perfect && !shape.future, 'tense:present')
  flag(shape.conditional, 'modal:conditional')
  flag(shape.firstSingular, 'person:i')
  flag(shape.firstPlural, 'person:we')
  flag(shape.second, 'person:you')
  flag(shape.third, 'person:they')
  flag(shape.hedge, 'hedge')
  flag(shape.time, 'time')
  flag(shape.question, 'question')
  flag(shape.exclamation, 'exclamation')
  const quantity = shape.numbers > 0 || shape.magnitude || shape.percent
  flag(quantity && (shape.past || shape.perfect), 'pair:quantity+past')
  flag(quantity && shape.comparative, 'pair:quantity+comparative')
  flag(quantity && shape.names > 0, 'pair:quantity+name')
  flag(shape.hedge && shape.firstSingular, 'pair:hedge+i')
  flag(shape.future && (shape.firstSingular || shape.firstPlural), 'pair:future+we')
  flag(shape.names > 0 && shape.past, 'pair:name+past')
  return names
}
