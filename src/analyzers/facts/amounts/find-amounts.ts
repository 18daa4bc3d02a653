import type { Amount } from '../../../report/schema.ts'
import type { Sentence, Token } from '../../../text/types.ts'
import { isMonthName } from '../dates/calendar.ts'
import { looksLikeYear, namesYear, readsAsYear } from '../dates/years.ts'
import { chunkTokens, type Chunk } from './chunks.ts'
import { looksPlural } from './counted-noun.ts'
import { CURRENCY_CODES, CURRENCY_SIGNS, DESIGNATORS, DETERMINERS, PERCENT_WORDS, QUALIFIERS, TIME_UNITS, type Qualifier } from './lexicon.ts'
import { readNumberAt, type NumberAt } from './number-reading.ts'
import { readUnit } from './units.ts'
import { firstTokenEndingAfter } from '../../../text/token-search.ts'

type Kind = NonNullable<Amount['kind']>

// Where numbers can be: digits and number words. A number starts at the hinted chunk or one or
// two chunks before it ("a dozen", "half a million").
const NUMBER_HINT = /\d+|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|scores)\b/gi
// Tokens read around a hint: enough for "between … and" and "in excess of" before, a range, scale and noun phrase after.
const WINDOW_BEFORE = 6
const WINDOW_AFTER = 16
// Words before a hinted word that can start the same number: "a dozen", "half a million", "several hundred", "two thousand".
const NUMBER_STARTS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen',
  'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'half', 'several', 'few', 'many', 'tens',
])
const TIME_OF_DAY_AFTER = new Set(['a.m.', 'p.m.', 'am', 'pm', "o'clock", 'o’clock', 'gmt', 'utc', 'hrs', 'cet', 'cest', 'est', 'edt', 'bst', 'msk'])

/** Whether chunk `i` can start a number written in words that goes on past it ("a dozen", "several hundred"). */
function leadsNumber(chunks: readonly Chunk[], i: number): boolean {
  const c = chunks[i]
  if (c.punct || c.end - c.start > 8) return false
  const lower = c.lower
  return lower === 'a' || lower === 'an' || NUMBER_STARTS.has(lower)
}

/** The last words of the qualifier phrases: a qualifier ends right before the number. */
const QUALIFIER_ENDS = new Set([...QUALIFIERS.keys()].map((phrase) => phrase.slice(phrase.lastIndexOf(' ') + 1)))

function qualifierBefore(chunks: readonly Chunk[], at: number, floor: number): { qualifier: Qualifier; from: number } | null {
  // Every phrase tried ends with chunk at - 1.
  if (at - 1 < floor || chunks[at - 1].punct || !QUALIFIER_ENDS.has(chunks[at - 1].lower)) return null
  for (let n = 3; n >= 1; n--) {
    const from = at - n
    if (from < floor) continue
    let phrase = ''
    let words = true
    for (let k = from; k < at && words; k++) {
      words = !chunks[k].punct
      phrase = k === from ? chunks[k].lower : `${phrase} ${chunks[k].lower}`
    }
    if (!words) continue
    const q = QUALIFIERS.get(phrase)
    if (q) return { qualifier: q, from }
  }
  return null
}

// Made once: compiled down for an older runtime, a \p{…} literal in a function is rebuilt at each call.
const STARTS_UPPER = /^\p{Lu}/u

const prevWord = (chunks: readonly Chunk[], i: number) => (i > 0 && !chunks[i - 1].punct ? chunks[i - 1] : undefined)

/** True when the chunk starts with an upper-case letter. */
function isCapitalised(c: Chunk | undefined): boolean {
  if (!c) return false
  const code = c.firstCode
  if (code < 128) return code >= 65 && code <= 90
  return STARTS_UPPER.test(c.text)
}

/** A currency code or sign written apart before a number ("USD 500", "Rs 500"): no name. */
const isCurrency = (word: string) => CURRENCY_CODES.has(word) || CURRENCY_SIGNS.has(word)

/** A word without one final full stop ("No." → "no"). */
const withoutFullStop = (word: string) => (word.endsWith('.') ? word.slice(0, -1) : word)

/** True for digits only, after an optional "+" when `plus` allows it. */
function isDigits(text: string, plus = false): boolean {
  let k = plus && text.startsWith('+') ? 1 : 0
  if (k >= text.length) return false
  for (; k < text.length; k++) {
    const code = text.charCodeAt(k)
    if (code < 48 || code > 57) return false
  }
  return true
}

/** True when nothing but punctuation shares the number's line: a list item or section number. */
function aloneOnLine(chunks: readonly Chunk[], n: NumberAt): boolean {
  if (!chunks[n.from].lineStart) return false
  for (let k = n.to; k < chunks.length && !chunks[k].lineStart; k++) if (!chunks[k].punct) return false
  return true
}

/** True when the number is part of a date, time, label or phone number rather than a quantity. */
function isNotAQuantity(chunks: readonly Chunk[], n: NumberAt): boolean {
  const c = chunks[n.from]
  const prev = prevWord(chunks, n.from)
  const next = chunks[n.to]
  const nextWord = next && !next.punct ? next : undefined
  if (prev && DESIGNATORS.has(withoutFullStop(prev.lower))) return true
  // A capitalised number word inside a sentence is part of a name: "Marine One", "the Ten Commandments";
  // so is a short number right after a name: "Leopard 2 tanks", "Boeing 737".
  if (!n.digits && prev && isCapitalised(c)) return true
  if (n.bareDigits !== null && n.bareDigits.length <= 3 && n.from > 1 && isCapitalised(prev) && !isMonthName(prev!.text) && !DETERMINERS.has(prev!.lower) && !isCurrency(prev!.text)) return true
  if (n.from > 0 && (chunks[n.from - 1].text === '#' || chunks[n.from - 1].text === '№')) return true
  if (nextWord && TIME_OF_DAY_AFTER.has(nextWord.lower)) return true
  if (n.digits && c.lineStart && next && (next.text === '.' || next.text === ')')) return true
  if (n.bareDigits !== null && aloneOnLine(chunks, n)) return true
  if (n.bareDigits !== null) {
    const digits = n.bareDigits
    if (digits.length > 1 && digits.startsWith('0')) return true
    const day = Number(digits)
    if (digits.length <= 2 && day >= 1 && day <= 31) {
      if (nextWord && isMonthName(nextWord.text)) return true
      if (nextWord?.lower === 'of' && chunks[n.to + 1] && isMonthName(chunks[n.to + 1].text)) return true
      if (prev && isMonthName(prev.text)) return true
    }
    // Runs of bare digit groups are phone or reference numbers: "020 7946 0958".
    if (prev && isDigits(prev.text, true)) return true
    if (nextWord && isDigits(nextWord.text)) return true
    if (n.from > 0 && chunks[n.from - 1].text === '+') return true
    // "Exercise Pitch Black 2026 begins": a year that ends a name.
    if (looksLikeYear(digits) && prev && n.from > 1 && namesYear(prev.text)) return true
    if (looksLikeYear(digits)) {
      const counted = !!nextWord && looksPlural(nextWord.lower) && !isCapitalised(nextWord)
      if (readsAsYear(prev?.text, nextWord?.text, counted, n.from > 1 ? chunks[n.from - 2].text : undefined)) return true
    }
  }
  return false
}

const YEAR_WORDS = new Set(['year', 'financial', 'fiscal'])
const POSSESSIVE_END = /\p{L}['’]s$/u
// Words before "over" that make it "more than" before a duration: "for over five years", "lasted over two hours".
const LENGTH_BEFORE_OVER = new Set(['for', 'of', 'after', 'than', 'within', 'lasted', 'lasting', 'lasts', 'took', 'takes', 'spent', 'served', 'waited', 'is', 'was', 'been'])

/** A percent word at chunk k ("per cent", "percent"): where it ends, or null. */
function lookupPercent(chunks: readonly Chunk[], k: number): { to: number } | null {
  const a = chunks[k]
  if (!a || a.punct) return null
  if (a.lower === 'per' && chunks[k + 1]?.lower === 'cent') return { to: k + 2 }
  return PERCENT_WORDS.get(a.lower) === '%' ? { to: k + 1 } : null
}
const REFERRING = new Set(['the', 'these', 'those'])
const PARTITIVE_AFTER_OF = new Set(['the', 'them', 'those', 'these', 'its', 'their', 'our'])
const WEEKDAY_NAMES = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])
// Who an age is given for: a plural ("Australians", "children", "people") or "those", "anyone", "aged".
const AGED = /^(?:\p{Lu}\p{L}+ns|children|people|persons|adults|youths|teenagers|kids|users|those|anyone|everyone|aged|ages)$/u

/** "the first seven months of the year", "the last 10 days of 2023": a part of a year, a date rather than a duration. */
function namesPartOfYear(chunks: readonly Chunk[], from: number, to: number): boolean {
  const lead = from >= 2 ? chunks[from - 1].lower : ''
  if (!(lead === 'first' || lead === 'last' || lead === 'past') || chunks[from - 2].lower !== 'the' || chunks[to]?.lower !== 'of') return false
  for (let k = to + 1; k < Math.min(chunks.length, to + 4); k++) {
    const word = chunks[k].lower
    if (YEAR_WORDS.has(word) || (isDigits(word) && looksLikeYear(word))) return true
  }
  return false
}

/** "killing three civilians and wounding seven": a number in words that ends the object of an -ing or -ed verb counts what it leaves out. */
function countsAfterVerb(chunks: readonly Chunk[], from: number, to: number, value: number): boolean {
  if (value < 2 || from === 0 || chunks[from - 1].punct) return false
  const verb = chunks[from - 1].lower
  if (!(verb.length > 4 && (verb.endsWith('ing') || verb.endsWith('ed')))) return false
  const next = chunks[to]
  return !next || next.punct || next.lower === 'and' || next.lower === 'or'
}

interface Found {
  amount: Amount
  next: number
}

function amountAt(text: string, chunks: readonly Chunk[], i: number, floor: number): Found | null {
  const n = readNumberAt(chunks, i)
  if (!n) return null
  let from = n.from
  let to = n.to
  let value = n.value
  let max = n.max
  let currency = n.currency
  let percent = n.percent
  let measure = n.measure
  let qualifier: Qualifier = max !== null ? 'range' : n.vague ? 'more_than' : 'exact'
  if (isNotAQuantity(chunks, n)) return null
  if (!currency && i > floor) {
    const p = chunks[i - 1].text
    if (isCurrency(p)) {
      currency = CURRENCY_CODES.has(p) ? p : CURRENCY_SIGNS.get(p)!
      from = i - 1
    }
  }
  // Ranges written with words: "between X and Y", "from X to Y", "X to Y", "X – Y".
  const lead = from > floor && !chunks[from - 1].punct ? chunks[from - 1].lower : ''
  // "between 30.6 percent and 39 percent": the unit written at both ends.
  const firstUnit = max === null && lead === 'between' && !percent && !currency ? lookupPercent(chunks, to) : null
  const linkAt = firstUnit ? firstUnit.to : to
  const link = chunks[linkAt]
  if (max === null && link && (link.lower === 'to' || /^[-–—]$/.test(link.text) || (link.lower === 'and' && lead === 'between'))) {
    const upper = linkAt + 1 < chunks.length ? readNumberAt(chunks, linkAt + 1) : null
    const secondUnit = upper && firstUnit ? lookupPercent(chunks, upper.to) : null
    // "dropped 25.7% to 8,174 square kilometres": a percentage and what is no percentage make no range.
    const sameKind = firstUnit ? !!secondUnit : !(n.percent && upper && !upper.percent && !lookupPercent(chunks, upper.to))
    if (upper && sameKind && upper.max === null && !upper.vague && (upper.digits === n.digits || upper.scale > 1)) {
      // "between 2 and 3 million": the scale written once applies to both ends.
      const low = n.scale === 1 && upper.scale > 1 ? Number((value * upper.scale).toPrecision(12)) : value
      const years = !!n.bareDigits && looksLikeYear(n.bareDigits) && !!upper.bareDigits && looksLikeYear(upper.bareDigits)
      if (upper.value > low && !years) {
        ;[value, max, qualifier, to] = [low, upper.value, 'range', upper.to]
        currency ??= upper.currency
        percent ||= upper.percent
        measure ??= upper.measure
        if (lead === 'between' || lead === 'from') from--
      }
    }
  }
  // "from 3 to 14 November", "3-14 November": a range of days is a date.
  if (max !== null && Number.isInteger(max) && max <= 31 && chunks[to] && (isMonthName(chunks[to].text) || (chunks[to].lower === 'of' && chunks[to + 1] && isMonthName(chunks[to + 1].text)))) return null
  const q = max === null ? qualifierBefore(chunks, from, floor) : null
  if (q) [qualifier, from] = [q.qualifier, q.from]
  if (max !== null && !(max > value)) return null
  let kind: Kind = 'other'
  let unit: string | null = null
  // "hundreds of civilians", "millions of dollars": the counted noun follows "of".
  const unitFrom = n.vague && chunks[to]?.lower === 'of' ? to + 1 : to
  const reading = readUnit(chunks, unitFrom, { currency, percent, measure, ambiguousM: n.ambiguousM, count: max ?? value })
  if (reading === 'date') return null
  if (reading) {
    ;[kind, unit] = [reading.kind, reading.unit]
    if (reading.to > unitFrom) to = reading.to
    if (reading.millions) {
      value = Number((value * 1e6).toPrecision(12))
      if (max !== null) max = Number((max * 1e6).toPrecision(12))
    }
  }
  if (kind === 'measure' && unit !== null && TIME_UNITS.has(unit) && namesPartOfYear(chunks, from, to)) return null
  // "$300 million in grants over five years": "over" before a duration is the preposition of a
  // span of time, unless what comes before asks for a length ("for over five years").
  if (q && kind === 'measure' && unit !== null && TIME_UNITS.has(unit) && chunks[q.from].lower === 'over' && q.from + 1 < chunks.length) {
    const before = q.from > 0 && !chunks[q.from - 1].punct ? chunks[q.from - 1].lower : ''
    if (!LENGTH_BEFORE_OVER.has(before)) [qualifier, from] = ['exact', q.from + 1]
  }
  // A number in words after "the" refers back to a known set: "the two countries", "the three governments".
  if (!n.digits && !n.vague && qualifier === 'exact' && from > 0 && REFERRING.has(chunks[from - 1].lower)) return null
  // A number in words counts something or it is not worth reporting ("the two met"), unless it
  // takes a part of a group: "Two of the injured" ("one of them" is a pronoun).
  if (unit === null && !n.digits && !n.vague && qualifier === 'exact' && !(value > 1 && chunks[to]?.lower === 'of' && PARTITIVE_AFTER_OF.has(chunks[to + 1]?.lower ?? '')) && !countsAfterVerb(chunks, from, to, value)) return null
  if (unit === null && n.bareDigits !== null) {
    // "815 Naval Air Squadron": a number that leads a name ("nearly 300 Iraqis" counts people).
    const next = chunks[to]
    if (qualifier === 'exact' && next && !next.punct && isCapitalised(next) && !next.text.endsWith('s') && !isMonthName(next.text) && !WEEKDAY_NAMES.has(next.lower)) return null
    // "Australians under 16", "people over 65": an age.
    if ((q?.qualifier === 'less_than' || q?.qualifier === 'more_than') && value <= 120 && q.from > 0 && AGED.test(chunks[q.from - 1].text)) return null
  }
  const start = chunks[from].start
  // "one year's notice": the possessive is left out.
  const end = chunks[to - 1].end - (kind === 'measure' && POSSESSIVE_END.test(chunks[to - 1].text) ? 2 : 0)
  const amount: Amount = { start, end, text: text.slice(start, end), value, qualifier, unit, kind }
  if (max !== null) amount.max = max
  return { amount, next: to }
}

/**
 * Finds the amounts of a document in text order: numbers in digits and words with their
 * qualifier, counted noun or unit, money in ISO currency codes, percentages and measures.
 * Years, dates, times, list numbers, phone numbers and labels ("Resolution 2254") are left out.
 *
 * @example
 * findAmounts(text, tokens, sentences) // for 'More than 1,200 Russian troops arrived.'
 * // [{ text: 'More than 1,200 Russian troops', value: 1200, qualifier: 'more_than', unit: 'troops', kind: 'count', … }]
 */
export function findAmounts(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): Amount[] {
  const out: Amount[] = []
  const hints: number[] = []
  for (const m of text.matchAll(NUMBER_HINT)) hints.push(m.index)
  let h = 0
  let s = 0
  let done = 0
  while (h < hints.length) {
    const at = hints[h]
    if (at < done) {
      h++
      continue
    }
    while (s < sentences.length - 1 && sentences[s].end <= at) s++
    const sentence = sentences[s]
    if (!sentence || at < sentence.start || at >= sentence.end) {
      h++
      continue
    }
    // Read a window of whole chunks around the hint, widened while further hints fall inside it.
    const hinted = firstTokenEndingAfter(tokens, at, sentence.tokenStart, sentence.tokenEnd)
    let from = Math.max(sentence.tokenStart, hinted - WINDOW_BEFORE)
    while (from > sentence.tokenStart && !tokens[from].spaceBefore) from--
    let to = Math.min(sentence.tokenEnd, hinted + WINDOW_AFTER)
    let last = h
    while (last + 1 < hints.length && hints[last + 1] < sentence.end && hints[last + 1] < tokens[to - 1].end) {
      last++
      to = Math.min(sentence.tokenEnd, firstTokenEndingAfter(tokens, hints[last], sentence.tokenStart, sentence.tokenEnd) + WINDOW_AFTER)
    }
    while (to < sentence.tokenEnd && !tokens[to].spaceBefore) to++
    const chunks = chunkTokens(text, tokens, from, to)
    // Nothing of an earlier amount is read again (a qualifier is looked for only after it).
    let floor = 0
    while (floor < chunks.length && chunks[floor].start < done) floor++
    let c = 0
    for (; h <= last; h++) {
      while (c < chunks.length && chunks[c].end <= hints[h]) c++
      if (c >= chunks.length || c < floor) continue
      for (let start = Math.max(floor, c - 2); start <= c; start++) {
        if (start < c && !leadsNumber(chunks, start)) continue
        const found = amountAt(text, chunks, start, floor)
        if (!found || found.next <= c) continue
        out.push(found.amount)
        floor = found.next
        done = found.amount.end
        break
      }
    }
  }
  return out
}


