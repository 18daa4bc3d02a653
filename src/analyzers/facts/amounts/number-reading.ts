import { looksLikeYear } from '../dates/years.ts'
import type { Chunk } from './chunks.ts'
import { CURRENCY_SIGNS, MEASURE_SUFFIXES, SCALE_ABBREVIATIONS, SCALE_SUFFIXES } from './lexicon.ts'
import { readNumberWords, SCALES, type NumberReading } from './number-words.ts'

/** A number with what is glued to it: "$2.5bn", "12%", "3.5km", "1,200–1,500". */
export interface NumberAt extends NumberReading {
  currency: string | null
  percent: boolean
  measure: string | null
  /** upper bound when the chunk itself is a range ("10-15", "1,200–1,500") */
  max: number | null
  /** "40m" without a currency: million before a counted noun, metres otherwise */
  ambiguousM: boolean
  /** the scale multiplied in ("million" → 1e6), 1 when none */
  scale: number
  /** the digits as written when the number is a bare integer ("2021", "0958"), else null */
  bareDigits: string | null
}

const escape = (sign: string) => sign.replace(/[$.]/g, '\\$&')
// The currency signs, longest first, so that "US$" is not read as "$" after "US".
const SIGNS = [...CURRENCY_SIGNS.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')
const DIGITS = new RegExp(`^(${SIGNS})?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)([A-Za-z²]+)?(%)?$`)
/** A chunk that opens with a sign made of letters and goes on with a digit: "GH¢61.2", "Rs500", "KSh2.7bn". */
const LETTER_SIGN = new RegExp(`^(?:${SIGNS})\\d`)

interface DigitParts {
  value: number
  currency: string | null
  percent: boolean
  measure: string | null
  scale: number
  ambiguousM: boolean
  bare: string | null
}

const MONEY_SIGN_CODES = new Set([...'€£¥₹₽₴₺₩₪'].map((ch) => ch.charCodeAt(0)))

/** Rounds to 12 significant digits, which a whole number of at most 12 digits already is (as +0 for -0). */
const round = (n: number) => (Number.isInteger(n) && Math.abs(n) < 1e12 ? n + 0 : Number(n.toPrecision(12)))

function parseDigits(s: string): DigitParts | null {
  const m = DIGITS.exec(s)
  if (!m) return null
  const [, sign, num, suffix, pct] = m
  const currency = sign ? (CURRENCY_SIGNS.get(sign) ?? null) : null
  let scale = 1
  let measure: string | null = null
  let ambiguousM = false
  if (suffix) {
    if (suffix === 'm' && !currency && !pct) ambiguousM = true
    else if (SCALE_SUFFIXES.has(suffix) && !pct) scale = SCALE_SUFFIXES.get(suffix)!
    else if (MEASURE_SUFFIXES.has(suffix) && !currency && !pct) measure = MEASURE_SUFFIXES.get(suffix)!
    else return null
  }
  const bare = !sign && !suffix && !pct && /^\d+$/.test(num) ? num : null
  return { value: round(Number(num.replace(/,/g, '')) * scale), currency, percent: !!pct, measure, scale, ambiguousM, bare }
}

function fromParts(p: DigitParts, from: number, to: number): NumberAt {
  return {
    value: p.value, from, to, vague: false, digits: true, currency: p.currency, percent: p.percent, measure: p.measure,
    max: null, ambiguousM: p.ambiguousM, scale: p.scale, bareDigits: p.bare,
  }
}

/**
 * Reads a number starting at chunk `i`, in digits ("1,200", "$2.5bn", "12%", "1.2 million",
 * "10-15") or words ("two thousand", "a dozen", "hundreds of"). Returns null when chunk `i`
 * does not start a number (ordinals, times, dates like 5/5/2021 and decades are not numbers).
 */
export function readNumberAt(chunks: readonly Chunk[], i: number): NumberAt | null {
  const c = chunks[i]
  if (c.punct) return null
  const first = c.firstCode
  const startsNumeric = (first >= 48 && first <= 57) || first === 36 || MONEY_SIGN_CODES.has(first) || (first >= 65 && first <= 90 && /^[A-Z.]{1,4}\$/.test(c.text)) || (first >= 65 && first <= 90 && LETTER_SIGN.test(c.text))
  if (!startsNumeric) {
    const words = readNumberWords(chunks, i)
    if (!words) return null
    const { value, from, to, vague, digits } = words
    return { value, from, to, vague, digits, currency: null, percent: false, measure: null, max: null, ambiguousM: false, scale: 1, bareDigits: null }
  }
  let reading: NumberAt
  const whole = parseDigits(c.text)
  if (whole) reading = fromParts(whole, i, i + 1)
  else {
    const range = /^([^-–—]+)[-–—]([^-–—]+)$/.exec(c.text)
    if (!range) return null
    const low = parseDigits(range[1])
    const high = parseDigits(range[2])
    if (!low || !high || /^0\d/.test(range[1]) || /^0\d/.test(range[2])) return null
    // "1960-1963" is a span of years, a date.
    if (low.bare && looksLikeYear(low.bare) && high.bare && (looksLikeYear(high.bare) || high.bare.length === 2)) return null
    // "$2-3bn": the scale and currency written once apply to both ends.
    const lowValue = low.scale === 1 && high.scale !== 1 ? round(low.value * high.scale) : low.value
    reading = fromParts({ ...high, value: lowValue, currency: low.currency ?? high.currency, bare: null, scale: Math.max(low.scale, high.scale) }, i, i + 1)
    reading.max = high.value
    reading.percent = low.percent || high.percent
  }
  const next = chunks[i + 1]
  if (next && !next.punct && reading.scale === 1 && !reading.percent && !reading.measure && !reading.ambiguousM) {
    const scale = SCALES.get(next.lower) ?? SCALE_ABBREVIATIONS.get(next.lower)
    if (scale !== undefined) {
      // A larger scale word right after multiplies again: "1.2 lakh crore", "5 thousand crore".
      const then = chunks[i + 2]
      const more = then && !then.punct ? SCALES.get(then.lower) : undefined
      const total = more !== undefined && more > scale ? scale * more : scale
      reading.value = round(reading.value * total)
      if (reading.max !== null) reading.max = round(reading.max * total)
      reading.scale = total
      reading.bareDigits = null
      reading.to = total === scale ? i + 2 : i + 3
    }
  }
  return reading
}
