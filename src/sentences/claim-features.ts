import { bucketOf, hashString, mixHash } from '../models/hashing.ts'
import type { Token } from '../text/types.ts'
import { claimShape, type ClaimShape } from './claim-shape.ts'
import { MAX_SHAPE_FEATURES, SHAPE_FEATURE_NAMES, shapeFeatureIds } from './shape-features.ts'

/** Which features a check-worthiness model reads; saved with its weights. */
export interface ClaimFeatureOptions {
  /** The weight table has `2 ** bits` rows. */
  bits: number
  /** Word pairs as well as single words. */
  bigrams: boolean
}

const UNIGRAM = hashString('w=')
const BIGRAM = hashString('b=')
const SHAPE = hashString('shape=')
const START = hashString('^')
const END = hashString('$')

/**
 * Turns sentences into the hashed binary features of the check-worthiness model: each word, each pair
 * of neighbouring words (with the sentence edges), and the shape features of {@link shapeFeatureIds}.
 * Reuses one buffer, so a returned array is valid until the next call.
 *
 * @example
 * const featurizer = new ClaimFeaturizer({ bits: 18, bigrams: true })
 * const buckets = featurizer.extract(tokens, sentence.tokenStart, sentence.tokenEnd)
 */
export class ClaimFeaturizer {
  readonly options: Readonly<ClaimFeatureOptions>
  private buffer = new Int32Array(256)
  private readonly shapeBuckets: Int32Array
  // Hashing a word in JavaScript costs more than finding it in a Map (whose string hash is native), so
  // each distinct word keeps a slot with its hash, its unigram bucket and its half of a bigram hash.
  private readonly slots = new Map<string, number>()
  private wordHash = new Uint32Array(1024)
  private unigramBucket = new Int32Array(1024)
  private bigramLeft = new Uint32Array(1024)

  constructor(options: ClaimFeatureOptions) {
    if (!Number.isInteger(options.bits) || options.bits < 8 || options.bits > 24) throw new RangeError(`bits must be an integer in 8..24, got ${options.bits}`)
    this.options = Object.freeze({ ...options })
    this.shapeBuckets = Int32Array.from(SHAPE_FEATURE_NAMES, (name) => bucketOf(mixHash(SHAPE, hashString(name)), options.bits))
  }

  /** The buckets of the features of tokens `from`–`to` (one sentence). */
  extract(tokens: readonly Token[], from: number, to: number): Int32Array {
    return this.fromShape(claimShape(tokens, from, to))
  }

  /** The buckets of the features of a sentence already read with {@link claimShape}. */
  fromShape(shape: ClaimShape): Int32Array {
    const count = this.write(shape)
    return this.buffer.subarray(0, count)
  }

  /**
   * Like {@link extract}, without making a view: the buckets are `buckets[0..count)` and stay valid
   * until the next call.
   */
  extractInto(tokens: readonly Token[], from: number, to: number): { buckets: Int32Array; count: number } {
    const count = this.write(claimShape(tokens, from, to))
    return { buckets: this.buffer, count }
  }

  private write(shape: ClaimShape): number {
    const { bits, bigrams } = this.options
    const needed = shape.words.length * 2 + MAX_SHAPE_FEATURES + 1
    if (this.buffer.length < needed) this.buffer = new Int32Array(needed * 2)
    const out = this.buffer
    let n = 0
    let left = mixHash(BIGRAM, START)
    for (const word of shape.words) {
      const slot = this.slotOf(word)
      out[n++] = this.unigramBucket[slot]
      if (bigrams) out[n++] = bucketOf(mixHash(left, this.wordHash[slot]), bits)
      left = this.bigramLeft[slot]
    }
    if (bigrams) out[n++] = bucketOf(mixHash(left, END), bits)
    const end = shapeFeatureIds(shape, out, n)
    for (let i = n; i < end; i++) out[i] = this.shapeBuckets[out[i]]
    return end
  }

  private slotOf(word: string): number {
    let slot = this.slots.get(word)
    if (slot !== undefined) return slot
    if (this.slots.size >= 1 << 18) this.slots.clear()
    slot = this.slots.size
    if (slot === this.wordHash.length) {
      const grow = <T extends Uint32Array | Int32Array>(a: T, make: (n: number) => T): T => {
        const b = make(a.length * 2)
        b.set(a)
        return b
      }
      this.wordHash = grow(this.wordHash, (n) => new Uint32Array(n))
      this.unigramBucket = grow(this.unigramBucket, (n) => new Int32Array(n))
      this.bigramLeft = grow(this.bigramLeft, (n) => new Uint32Array(n))
    }
    const h = hashString(word)
    this.wordHash[slot] = h
    this.unigramBucket[slot] = bucketOf(mixHash(UNIGRAM, h), this.options.bits)
    this.bigramLeft[slot] = mixHash(BIGRAM, h)
    this.slots.set(word, slot)
    return slot
  }
}
