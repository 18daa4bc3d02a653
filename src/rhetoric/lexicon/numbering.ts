// Numbers kept in typed arrays instead of string or number maps: per word of a vocabulary, or per
// distinct integer of one text.
import { Vocabulary, type WordIds } from '../../text/vocabulary.ts'

/** Marks a word whose number is not worked out yet; no word's number may be this. */
const UNSET = -0x80000000

/**
 * A whole number per word of a vocabulary (a lexicon's own id for it, say), worked out the first time
 * the word is met and then kept in an Int32Array by word id: hot loops read an array instead of
 * looking a string up. Like `WordValues`, it follows the vocabulary's generations.
 *
 * @example
 * const lengths = new WordNumbers((text) => text.length)
 * lengths.forTokens(readWordIds(tokenize('the cat'))) // Int32Array [3, 3]
 */
export class WordNumbers {
  #values = new Int32Array(0)
  #vocabulary: Vocabulary | null = null
  #generation = -1

  /** @param compute the number of a token text: a 32-bit integer other than -2^31 */
  constructor(private readonly compute: (text: string) => number) {}

  /** The number of every token of a document, in token order. */
  forTokens(words: WordIds): Int32Array {
    const { ids, vocabulary } = words
    if (words.generation !== vocabulary.generation) {
      throw new Error(`These word ids are of generation ${words.generation} of their vocabulary, which has started again since (generation ${vocabulary.generation}): read the tokens again.`)
    }
    if (vocabulary !== this.#vocabulary || words.generation !== this.#generation) {
      this.#values = new Int32Array(0)
      this.#vocabulary = vocabulary
      this.#generation = words.generation
    }
    if (this.#values.length < vocabulary.size) {
      const grown = new Int32Array(Math.max(vocabulary.size, 2 * this.#values.length)).fill(UNSET)
      grown.set(this.#values)
      this.#values = grown
    }
    const values = this.#values
    const out = new Int32Array(ids.length)
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]
      let value = values[id]
      if (value === UNSET) {
        value = this.compute(vocabulary.text(id))
        if (value !== (value | 0) || value === UNSET) throw new RangeError(`A word's number must be a 32-bit integer other than ${UNSET}; '${vocabulary.text(id)}' gave ${value}.`)
        values[id] = value
      }
      out[i] = value
    }
    return out
  }
}

/**
 * The ids of tokens read into a vocabulary of their own, for callers that have no `ctx.words`. Unlike
 * `readWordIds` it leaves the shared vocabulary alone, so it is safe halfway through a document that
 * the engine has read already.
 */
export function ownWordIds(tokens: readonly { text: string }[]): WordIds {
  return new Vocabulary(Math.max(1, tokens.length)).read(tokens)
}

/**
 * Numbers distinct 32-bit integers (hashes, ids) 0, 1, 2 … in the order they are first met, for one
 * use at a time (a text, a sentence): an open-addressing table of typed arrays kept from one use to
 * the next, where a stamp tells this use's slots from older ones, so the table is never cleared.
 *
 * @example
 * const numbering = new IntNumbering()
 * numbering.start(3)
 * ;[numbering.number(-7), numbering.number(42), numbering.number(-7)] // [0, 1, 0]
 */
export class IntNumbering {
  /** per slot, side by side so that a probe reads one place: the stamp of the use that filled it, the integer, its number */
  #slots = new Int32Array(0)
  #stamp = 0
  #mask = 0
  /** how many distinct integers this use has numbered */
  count = 0

  /**
   * Starts a use that will number at most `most` distinct integers. It takes only as much of the table
   * as it needs, so one long text does not spread every later one over a large table.
   */
  start(most: number): void {
    let size = 256
    while (size < 2 * most) size *= 2
    if (this.#slots.length < 3 * size || this.#stamp === 0x7fffffff) {
      this.#slots = new Int32Array(3 * size)
      this.#stamp = 0
    }
    this.#mask = size - 1
    this.#stamp++
    this.count = 0
  }

  /** The number of `value`, numbering it when it is new to this use. */
  number(value: number): number {
    const slots = this.#slots
    const stamp = this.#stamp
    const h = Math.imul(value, 0x9e3779b1)
    let slot = (h ^ (h >>> 16)) & this.#mask
    while (slots[3 * slot] === stamp) {
      if (slots[3 * slot + 1] === value) return slots[3 * slot + 2]
      slot = (slot + 1) & this.#mask
    }
    slots[3 * slot] = stamp
    slots[3 * slot + 1] = value
    slots[3 * slot + 2] = this.count
    return this.count++
  }
}
