import type { LinearWeights } from '../models/linear-weights.ts'
import { NER_LABELS } from './labels.ts'

// Nine labels, summed in nine local variables below: this fails to compile if the labels change in number.
const L: 9 = NER_LABELS.length

// Counts the set bits of a 32-bit integer.
function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333)
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff
}

/**
 * The NER model's weight table without its empty rows: a bit per bucket says whether its row has any
 * weight, and the rows that do are stored one after the other. A feature the model never learned
 * then costs no read from the table, and the rest of it takes half the memory, so more of it stays
 * in the processor's caches. Sums are the same as over the full table.
 *
 * @example
 * const weights = new CompactWeights(model)
 * weights.addRows(buckets, 0, buckets.length, scores, 0)
 */
export class CompactWeights {
  // Bit b of present[b >> 5] is set when row b has a weight; before[w] counts the rows set before word w.
  private readonly present: Uint32Array
  private readonly before: Int32Array
  private readonly rows: Float32Array

  constructor({ weights, classes, bits }: LinearWeights) {
    if (classes !== L) throw new Error(`An NER model has ${L} classes; this one has ${classes}`)
    const size = 1 << bits
    this.present = new Uint32Array(Math.ceil(size / 32))
    this.before = new Int32Array(this.present.length)
    let count = 0
    for (let row = 0; row < size; row++) {
      if ((row & 31) === 0) this.before[row >> 5] = count
      for (let c = 0; c < L; c++) {
        if (weights[row * L + c] !== 0) {
          this.present[row >> 5] |= 1 << (row & 31)
          count++
          break
        }
      }
    }
    this.rows = new Float32Array(count * L)
    let at = 0
    for (let row = 0; row < size; row++) {
      if ((this.present[row >> 5] & (1 << (row & 31))) === 0) continue
      for (let c = 0; c < L; c++) this.rows[at + c] = weights[row * L + c]
      at += L
    }
  }

  /**
   * Adds the weight rows of the buckets `buckets[from..to)` to `scores[at..at + 9)`, with the nine
   * sums held in local variables so that the reads overlap.
   */
  addRows(buckets: ArrayLike<number>, from: number, to: number, scores: Float64Array, at: number): void {
    const { present, before, rows } = this
    let s0 = scores[at]
    let s1 = scores[at + 1]
    let s2 = scores[at + 2]
    let s3 = scores[at + 3]
    let s4 = scores[at + 4]
    let s5 = scores[at + 5]
    let s6 = scores[at + 6]
    let s7 = scores[at + 7]
    let s8 = scores[at + 8]
    for (let f = from; f < to; f++) {
      const bucket = buckets[f]
      const word = present[bucket >> 5]
      const bit = 1 << (bucket & 31)
      if ((word & bit) === 0) continue
      const r = (before[bucket >> 5] + bitCount(word & (bit - 1))) * L
      s0 += rows[r]
      s1 += rows[r + 1]
      s2 += rows[r + 2]
      s3 += rows[r + 3]
      s4 += rows[r + 4]
      s5 += rows[r + 5]
      s6 += rows[r + 6]
      s7 += rows[r + 7]
      s8 += rows[r + 8]
    }
    scores[at] = s0
    scores[at + 1] = s1
    scores[at + 2] = s2
    scores[at + 3] = s3
    scores[at + 4] = s4
    scores[at + 5] = s5
    scores[at + 6] = s6
    scores[at + 7] = s7
    scores[at + 8] = s8
  }

  /** Per-token label scores from feature buckets, written at the start of `into` (which is returned). */
  emissionScores(buckets: ArrayLike<number>, offsets: ArrayLike<number>, into: Float64Array): Float64Array {
    const n = offsets.length - 1
    into.fill(0, 0, n * L)
    for (let t = 0; t < n; t++) this.addRows(buckets, offsets[t], offsets[t + 1], into, t * L)
    return into
  }
}
