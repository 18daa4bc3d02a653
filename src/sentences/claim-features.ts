import { bucketOf, hashString, mixHash } from '../models/hashing.ts'
import type { Token } from '../text/types.ts'
import type { WordIds } from '../text/vocabulary.ts'
import { ClaimReader, type ClaimCues, type ClaimShape } from './claim-shape.ts'
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
  private readonly reader = new ClaimReader()
  // The weight table `weigh` read last, kept sparse: most weights are zero (the model is trained
  // with L1), and zeros are skipped (adding one would not change the sum). Per 32 buckets, a bit
  // mask of those with a weight and how many buckets before them have one; the weights themselves
  // side by side. The whole fits in a fast cache where the table does not.
  private weighted: Float32Array | null = null
  private sparse: SparseWeights | null = null

  constructor(options: ClaimFeatureOptions) {
    if (!Number.isInteger(options.bits) || options.bits < 8 || options.bits > 24) throw new RangeError(`bits must be an integer in 8..24, got ${options.bits}`)
    this.options = Object.freeze({ ...options })
    this.shapeBuckets = Int32Array.from(SHAPE_FEATURE_NAMES, (name) => bucketOf(mixHash(SHAPE, hashString(name)), options.bits))
  }

  /**
   * The buckets of the features of tokens `from`–`to` (one sentence). `text`, when given, is the
   * text the tokens were cut from, and `words` the tokens' ids in the shared vocabulary, which make
   * reading them faster (see ClaimReader.read); the features are the same.
   */
  extract(tokens: readonly Token[], from: number, to: number, text?: string, words?: WordIds): Int32Array {
    const { buckets, count } = this.extractInto(tokens, from, to, text, words)
    return buckets.subarray(0, count)
  }

  /** The buckets of the features of a sentence already read with {@link claimShape}. */
  fromShape(shape: ClaimShape): Int32Array {
    const hashes = Uint32Array.from(shape.words, (word) => hashString(word))
    const count = this.write(hashes, shape.words.length, shape)
    return this.buffer.subarray(0, count)
  }

  /**
   * Like {@link extract}, without making a view: the buckets are `buckets[0..count)` and stay valid
   * until the next call.
   */
  extractInto(tokens: readonly Token[], from: number, to: number, text?: string, words?: WordIds): { buckets: Int32Array; count: number } {
    const read = this.reader.read(tokens, from, to, text, words)
    const count = this.write(this.reader.hashes, read, this.reader.cues)
    return { buckets: this.buffer, count }
  }

  /**
   * `start` plus the weights of the features of tokens `from`–`to`, added one by one in the order
   * {@link extract} lists the features: exactly the sum over `extract` of `weights[bucket]`, without
   * reading the zeros of the table.
   *
   * @example
   * const margin = featurizer.weigh(tokens, s.tokenStart, s.tokenEnd, model.weights, model.bias, text)
   */
  weigh(tokens: readonly Token[], from: number, to: number, weights: Float32Array, start: number, text?: string, words?: WordIds): number {
    if (weights !== this.weighted || !this.sparse) {
      this.weighted = weights
      this.sparse = new SparseWeights(weights)
    }
    const read = this.reader.read(tokens, from, to, text, words)
    const count = this.write(this.reader.hashes, read, this.reader.cues)
    return this.sparse.sum(this.buffer, count, start)
  }

  /** The buffer, with room for the features of a sentence of `words` words. */
  private reserve(words: number): Int32Array {
    const needed = words * 2 + MAX_SHAPE_FEATURES + 1
    if (this.buffer.length < needed) this.buffer = new Int32Array(needed * 2)
    return this.buffer
  }

  /** Writes the buckets of a sentence's features into the buffer and returns how many there are. */
  private write(hashes: Uint32Array, words: number, cues: ClaimCues): number {
    const { bits, bigrams } = this.options
    const out = this.reserve(words)
    let n = 0
    let left = mixHash(BIGRAM, START)
    for (let i = 0; i < words; i++) {
      const h = hashes[i]
      out[n++] = bucketOf(mixHash(UNIGRAM, h), bits)
      if (bigrams) out[n++] = bucketOf(mixHash(left, h), bits)
      left = mixHash(BIGRAM, h)
    }
    if (bigrams) out[n++] = bucketOf(mixHash(left, END), bits)
    const end = shapeFeatureIds(cues, words, out, n)
    for (let i = n; i < end; i++) out[i] = this.shapeBuckets[out[i]]
    return end
  }
}

/** Bits set in a 32-bit integer. */
function popCount(x: number): number {
  x -= (x >>> 1) & 0x55555555
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333)
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24)
}

/**
 * The non-zero weights of a table, side by side, with per 32 buckets a bit mask of the non-zero
 * ones and how many non-zero weights come before them: a bucket's weight is found by counting bits.
 */
class SparseWeights {
  // Per group of 32 buckets: [mask, non-zero weights before the group].
  private readonly groups: Int32Array
  private readonly values: Float32Array

  constructor(weights: Float32Array) {
    const groups = (weights.length + 31) >>> 5
    this.groups = new Int32Array(2 * groups)
    const values: number[] = []
    for (let g = 0; g < groups; g++) {
      this.groups[2 * g + 1] = values.length
      let mask = 0
      for (let b = g << 5; b < Math.min(weights.length, (g + 1) << 5); b++) {
        if (weights[b] === 0) continue
        mask |= 1 << (b & 31)
        values.push(weights[b])
      }
      this.groups[2 * g] = mask
    }
    this.values = Float32Array.from(values)
  }

  /** `start` plus the weights of `buckets[0..count)`, added in that order, zeros skipped. */
  sum(buckets: Int32Array, count: number, start: number): number {
    const { groups, values } = this
    let sum = start
    for (let i = 0; i < count; i++) {
      const bucket = buckets[i]
      const g = (bucket >>> 5) << 1
      const bit = 1 << (bucket & 31)
      const mask = groups[g]
      if (mask & bit) sum += values[groups[g + 1] + popCount(mask & (bit - 1))]
    }
    return sum
  }
}
