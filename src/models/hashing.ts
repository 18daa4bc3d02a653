// 32-bit hashing for feature hashing: FNV-1a over UTF-16 code units, finished with murmur3's avalanche
// so that neighbouring strings land far apart in a power-of-two table.

function avalanche(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/**
 * Hashes a string to an unsigned 32-bit integer; the same string always gives the same number,
 * on every platform, so hashed weights can be shipped.
 *
 * @example
 * hashString('NATO') === hashString('NATO') // true
 */
export function hashString(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return avalanche(h)
}

/**
 * Combines two 32-bit hashes (order matters) into one, e.g. a feature template id with a value's hash.
 *
 * @example
 * const previousWord = mixHash(TEMPLATE_PREVIOUS_WORD, hashString('the'))
 */
export function mixHash(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0xcc9e2d51)
  h = (h << 15) | (h >>> 17)
  h = Math.imul(h, 0x1b873593) ^ b
  h = (h << 13) | (h >>> 19)
  h = (Math.imul(h, 5) + 0xe6546b64) | 0
  return avalanche(h)
}

/**
 * Maps a hash into a table of `2 ** bits` buckets.
 *
 * @example
 * bucketOf(hashString('NATO'), 20) // an integer in [0, 1048576)
 */
export function bucketOf(hash: number, bits: number): number {
  return (hash >>> 0) & ((1 << bits) - 1)
}
