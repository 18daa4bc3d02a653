import type { Chunk } from './chunks.ts'
import { lookupTable } from './lookup-table.ts'

const ONES: Record<string, number> = lookupTable({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
})
const TENS: Record<string, number> = lookupTable({ twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 })
/** Scale words after a number: "1.2 million", "two thousand". */
export const SCALES: Record<string, number> = lookupTable({ hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 })
// Plural multiples read as vague lower bounds: "hundreds of" is more than a hundred.
const VAGUE: Record<string, number> = lookupTable({ dozens: 12, scores: 20, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9 })
const VAGUE_LEADS = new Set(['several', 'a few', 'few', 'many'])

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
  if (word in ONES) return ONES[word]
  if (word in TENS) return TENS[word]
  const m = /^([a-z]+)-([a-z]+)$/.exec(word)
  if (m && m[1] in TENS && m[2] in ONES && ONES[m[2]] > 0 && ONES[m[2]] < 10) return TENS[m[1]] + ONES[m[2]]
  return undefined
}

export const isNumberWord = (lower: string): boolean => wordValue(lower) !== undefined || lower in SCALES || lower === 'dozen' || lower in VAGUE

/**
 * Reads a number spelled in words starting at chunk `i`: "twenty-five", "two thousand",
 * "one hundred and twenty", "a dozen", "half a million", "hundreds of", "tens of thousands of".
 *
 * @example
 * readNumberWords(chunks, 0) // for 'two thousand people' → { value: 2000, from: 0, to: 2, vague: false }
 */
export function readNumberWords(chunks: readonly Chunk[], i: number): NumberReading | null {
  const w = (k: number) => (k < chunks.length && !chunks[k].punct ? chunks[k].lower : '')
  const first = w(i)
  // Vague multiples: "tens of thousands (of)", "hundreds of thousands", "dozens", "several hundred".
  if (first === 'tens' && w(i + 1) === 'of' && w(i + 2) in VAGUE) return vague(10 * VAGUE[w(i + 2)], i, i + 3)
  if (first in VAGUE) {
    if (w(i + 1) === 'of' && (w(i + 2) === 'thousands' || w(i + 2) === 'millions')) return vague(VAGUE[first] * VAGUE[w(i + 2)], i, i + 3)
    // "scores" is also a verb ("it scores points"); only "scores of" counts.
    if (first === 'scores' && w(i + 1) !== 'of') return null
    return vague(VAGUE[first], i, i + 1)
  }
  const lead2 = `${first} ${w(i + 1)}`
  if (VAGUE_LEADS.has(lead2) && w(i + 2) in SCALES) return vague(SCALES[w(i + 2)], i, i + 3)
  if (VAGUE_LEADS.has(first) && w(i + 1) in SCALES) return vague(SCALES[w(i + 1)], i, i + 2)
  if (first === 'half' && (w(i + 1) === 'a' || w(i + 1) === 'an') && w(i + 2) in SCALES) return exact(SCALES[w(i + 2)] / 2, i, i + 3)
  if ((first === 'a' || first === 'an') && (w(i + 1) === 'dozen' || w(i + 1) in SCALES)) {
    let value = w(i + 1) === 'dozen' ? 12 : SCALES[w(i + 1)]
    let k = i + 2
    while (w(k) in SCALES && SCALES[w(k)] > value) value *= SCALES[w(k++)]
    return exact(value, i, k)
  }
  if (first === 'dozen') return null
  let total = 0
  let current = 0
  let k = i
  let any = false
  while (k < chunks.length) {
    const word = w(k)
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
    if (word in SCALES && word !== 'hundred' && any) {
      total += (current || 1) * SCALES[word]
      current = 0
      k++
      continue
    }
    // "one hundred and twenty": "and" joins only when a smaller number word follows.
    if (word === 'and' && any && (current % 100 === 0 || total > 0) && wordValue(w(k + 1)) !== undefined) {
      k++
      continue
    }
    break
  }
  if (!any) return null
  if (w(k - 1) === 'and') k--
  return exact(total + current, i, k)
}

function vague(value: number, from: number, to: number): NumberReading {
  return { value, from, to, vague: true, digits: false }
}

function exact(value: number, from: number, to: number): NumberReading {
  return { value, from, to, vague: false, digits: false }
}
