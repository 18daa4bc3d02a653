/**
 * A small deterministic pseudo-random generator (mulberry32): the same seed gives the same sequence,
 * which keeps training runs byte-for-byte reproducible.
 *
 * @example
 * const random = seededRandom(42)
 * random() // a number in [0, 1)
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Shuffles an array in place (Fisher–Yates) with the given generator and returns it.
 *
 * @example
 * shuffleInPlace([1, 2, 3, 4], seededRandom(7))
 */
export function shuffleInPlace<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    const swap = items[i]
    items[i] = items[j]
    items[j] = swap
  }
  return items
}
