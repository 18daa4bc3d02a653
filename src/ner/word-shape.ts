// Character classes of a word's shape: X upper-case letter, x lower-case letter, d digit, and any other
// character as itself, so "U.S." -> "X.X." and "1996-08-22" -> "dddd-dd-dd".
function shapeClass(ch: string): string {
  const code = ch.charCodeAt(0)
  if (code < 128) {
    if (code >= 65 && code <= 90) return 'X'
    if (code >= 97 && code <= 122) return 'x'
    if (code >= 48 && code <= 57) return 'd'
    return ch
  }
  if (/\p{Lu}|\p{Lt}/u.test(ch)) return 'X'
  if (/\p{L}|\p{M}/u.test(ch)) return 'x'
  if (/\p{N}/u.test(ch)) return 'd'
  return ch
}

/**
 * A word's shape with runs of the same class cut to four characters.
 *
 * @example
 * wordShape('Brussels') // 'Xxxxx'
 * wordShape('1,200') // 'd,ddd'
 */
export function wordShape(word: string): string {
  let shape = ''
  let last = ''
  let run = 0
  for (const ch of word) {
    const c = shapeClass(ch)
    run = c === last ? run + 1 : 1
    last = c
    if (run <= 4) shape += c
  }
  return shape
}

/**
 * A word's shape with every run collapsed to one character: `Brussels` -> `Xx`, `U.S.` -> `X.X.`,
 * `1996-08-22` -> `d-d-d`.
 *
 * @example
 * shortShape('al-Assad') // 'x-Xx'
 */
export function shortShape(word: string): string {
  let shape = ''
  let last = ''
  for (const ch of word) {
    const c = shapeClass(ch)
    if (c !== last) shape += c
    last = c
  }
  return shape
}

/** How a word is capitalised. */
export type Capitalisation = 'lower' | 'initial' | 'upper' | 'mixed' | 'none'

/**
 * How a word is capitalised: `lower` (news), `initial` (Brussels), `upper` (NATO, a single capital is
 * `initial`), `mixed` (McDonald, eBay), `none` (no letters).
 *
 * @example
 * capitalisation('iPhone') // 'mixed'
 */
export function capitalisation(word: string): Capitalisation {
  let upper = 0
  let lower = 0
  let firstUpper = false
  let first = true
  for (const ch of word) {
    const c = shapeClass(ch)
    if (c === 'X') {
      upper++
      if (first) firstUpper = true
    } else if (c === 'x') lower++
    if (c === 'X' || c === 'x') first = false
  }
  if (upper === 0 && lower === 0) return 'none'
  if (upper === 0) return 'lower'
  if (lower === 0) return upper === 1 ? 'initial' : 'upper'
  if (firstUpper && upper === 1) return 'initial'
  return 'mixed'
}
