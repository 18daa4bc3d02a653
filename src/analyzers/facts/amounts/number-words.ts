import type { Chunk } from './chunks.ts'
import { lookupTable } from './lookup-table.ts'

const ONES = lookupTable({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
})
const TENS = lookupTable({ twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 })
/** Scale words after a number: "1.2 million", "two thousand"; the Indian lakh (100,000) and crore (10 million): "Rs 1.2 lakh crore". */
export const SCALES = lookupTable({ hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7 })
// Plural multiples read as vague lower bounds: "hundreds of" is more than a hundred.
const VAGUE = lookupTable({ dozens: 12, scores: 20, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9 })
const VAGUE_LEADS = new Set(['several', 'few', 'many'])
/** The words other than ONES and TENS a number in words can start with. */
const NUMBER_WORD_STARTS = new Set(['tens', ...VAGUE.keys(), ...VAGUE_LEADS, 'half', 'a', 'an', 'dozen'])

/** Chunk k's lower case, '' for punctuation or past the end. */
function wordAt(chunks: readonly Chunk[], k: number): string {
  return k < chunks.length && !chunks[k].punct ? chunks[k].lower : ''
}

/** A number read from one or more chunks. */
export interface NumberReading {
  value: number
  /** index of the first chunk and one past the last chunk of the number */
  from: number
  to: number
  /** "hundreds of", "several thousand": a lower bound, not a count */
  vague: boolean
  /** written in digits */
  digits: boolean
}

function wordValue(word: string): number | undefined {
  const value = ONES.get(word) ?? TENS.get(word)
  if (value !== undefined) return value
  if (!word.includes('-')) return undefined
  const m = /^([a-z]+)-([a-z]+)$/.exec(word)
  const tens = m ? TENS.get(m[1]) : undefined
  const ones = m ? ONES.get(m[2]) : undefined
  if (tens !== undefined && ones !== undefined && ones > 0 && ones < 10) return tens + ones
  return undefined
}

export const isNumberWord = (lower: string): boolean => wordValue(lower) !== undefined || SCALES.has(lower) || lower === 'dozen' || VAGUE.has(lower)

/**
 * Reads a number spelled in words starting at chunk `i`: "twenty-five", "two thousand",
 * "one hundred and twenty", "a dozen", "half a million", "hundreds of", "tens of thousands of".
 *
 * @example
 * readNumberWords(chunks, 0) // for 'two thousand people' → { value: 2000, from: 0, to: 2, vague: false }
 */
export function readNumberWords(chunks: readonly Chunk[], i: number): NumberReading | null {
  const first = wordAt(chunks, i)
  // Every number in words starts with a number word, "a", "an", "half" or a vague lead ("several").
  if (!NUMBER_WORD_STARTS.has(first) && wordValue(first) === undefined) return null
  // Vague multiples: "tens of thousands (of)", "hundreds of thousands", "dozens", "several hundred".
  if (first === 'tens' && wordAt(chunks, i + 1) === 'of' && VAGUE.has(wordAt(chunks, i + 2))) return vague(10 * VAGUE.get(wordAt(chunks, i + 2))!, i, i + 3)
  if (VAGUE.has(first)) {
    if (wordAt(chunks, i + 1) === 'of' && (wordAt(chunks, i + 2) === 'thousands' || wordAt(chunks, i + 2) === 'millions')) return vague(VAGUE.get(first)! * VAGUE.get(wordAt(chunks, i + 2))!, i, i + 3)
    // "scores" is also a verb ("it scores points"); only "scores of" counts.
    if (first === 'scores' && wordAt(chunks, i + 1) !== 'of') return null
    return vague(VAGUE.get(first)!, i, i + 1)
  }
  // "a few thousand": the one two-word vague lead.
  if (first === 'a' && wordAt(chunks, i + 1) === 'few' && SCALES.has(wordAt(chunks, i + 2))) return vague(SCALES.get(wordAt(chunks, i + 2))!, i, i + 3)
  if (VAGUE_LEADS.has(first) && SCALES.has(wordAt(chunks, i + 1))) return vague(SCALES.get(wordAt(chunks, i + 1))!, i, i + 2)
  if (first === 'half' && (wordAt(chunks, i + 1) === 'a' || wordAt(chunks, i + 1) === 'an') && SCALES.has(wordAt(chunks, i + 2))) return exact(SCALES.get(wordAt(chunks, i + 2))! / 2, i, i + 3)
  if ((first === 'a' || first === 'an') && (wordAt(chunks, i + 1) === 'dozen' || SCALES.has(wordAt(chunks, i + 1)))) {
    let value = wordAt(chunks, i + 1) === 'dozen' ? 12 : SCALES.get(wordAt(chunks, i + 1))!
    let k = i + 2
    while (SCALES.has(wordAt(chunks, k)) && SCALES.get(wordAt(chunks, k))! > value) value *= SCALES.get(wordAt(chunks, k++))!
    return exact(value, i, k)
  }
  if (first === 'dozen') return null
  let total = 0
  let current = 0
  let k = i
  let any = false
  while (k < chunks.length) {
    const word = wordAt(chunks, k)
    const v = wordValue(word)
    if (v !== undefined) {
      if (any && current % 100 !== 0 && current >= 0 && !(current >= 20 && current % 10 === 0 && v < 10)) break
      current += v
      any = true
      k++
      continue
    }
    if (word === 'dozen' && any && total === 0 && current < 100) {
      current *= 12
      k++
      break
    }
    if (word === 'hundred' && any) {
      current = (current || 1) * 100
      k++
      continue
    }
    if (SCALES.has(word) && word !== 'hundred' && any) {
      total += (current || 1) * SCALES.get(word)!
      current = 0
      k++
      continue
    }
    // "one hundred and twenty": "and" joins only when a smaller number word follows.
    if (word === 'and' && any && (current % 100 === 0 || total > 0) && wordValue(wordAt(chunks, k + 1)) !== undefined) {
      k++
      continue
    }
    break
  }
  if (!any) return null
  if (wordAt(chunks, k - 1) === 'and') k--
  return exact(total + current, i, k)
}

function vague(value: number, from: number, to: number): NumberReading {
  return { value, from, to, vague: true, digits: false }
}

function exact(value: number, from: number, to: number): NumberReading {
  return { value, from, to, vague: false, digits: false }
}
