// Hashing for the rhetoric models' features. Every value is a signed 32-bit integer (`| 0`): V8 keeps
// those unboxed, where unsigned results above 2^31 would be allocated as heap numbers on every call.

function finish(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  return (h ^ (h >>> 16)) | 0
}

/**
 * Hashes a string (FNV-1a over UTF-16 units, murmur3 finish) to a signed 32-bit integer; the same
 * string gives the same number on every platform, so hashed weights can be shipped.
 *
 * @example
 * hashText('regime') === hashText('regime') // true
 */
export function hashText(text: string): number {
  let h = 0x811c9dc5 | 0
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return finish(h)
}

/**
 * Combines two hashes (order matters) into one, e.g. a feature template with a word's hash.
 *
 * @example
 * const previousWord = mixHashes(TEMPLATE_PREVIOUS_WORD, hashText('the'))
 */
export function mixHashes(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0xcc9e2d51)
  h = (h << 15) | (h >>> 17)
  h = Math.imul(h, 0x1b873593) ^ b
  h = (h << 13) | (h >>> 19)
  h = (Math.imul(h, 5) + 0xe6546b64) | 0
  return finish(h)
}
