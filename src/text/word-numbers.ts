import type { Vocabulary, WordIds } from './vocabulary.ts'

/**
 * Numbers worked out once per word of a vocabulary and kept by word id, so that a sentence's words
 * are read with an array access each instead of going over their characters again. A word's numbers
 * lie side by side (`values[id * width + c]`), so reading them all touches one place in memory. The
 * numbers follow the vocabulary: when it starts a new generation, they are worked out again.
 *
 * @example
 * const lengths = new WordNumbers(1, (text, out) => (out[0] = text.length))
 * lengths.prepare(words)
 * lengths.values[words.ids[3]] // the length of token 3
 */
export class WordNumbers {
  /** The numbers of each word id worked out so far, `width` per word; read them after {@link prepare}. */
  values = new Int32Array(0)
  /** Per word id, 1 once its numbers are worked out. */
  #known = new Uint8Array(0)
  readonly #scratch: Int32Array
  #vocabulary: Vocabulary | null = null
  #generation = -1

  /**
   * @param width how many numbers each word has
   * @param read writes the numbers of a word, given its text, into `out[0..width)` (zeros at first)
   */
  constructor(
    readonly width: number,
    private readonly read: (text: string, out: Int32Array) => void,
  ) {
    if (!(Number.isInteger(width) && width >= 1)) throw new RangeError(`A word needs at least one number, got ${width}.`)
    this.#scratch = new Int32Array(width)
  }

  /**
   * Makes sure the numbers of tokens `from`–`to` of `words` are worked out, following the vocabulary
   * and generation of `words`, and returns `values` (which may be a new array).
   */
  prepare(words: WordIds, from = 0, to = words.ids.length): Int32Array {
    const { ids, vocabulary, generation } = words
    if (generation !== vocabulary.generation) {
      throw new Error(`These word ids are of generation ${generation} of their vocabulary, which has started again since (generation ${vocabulary.generation}): read the tokens again.`)
    }
    if (vocabulary !== this.#vocabulary || generation !== this.#generation) {
      this.#vocabulary = vocabulary
      this.#generation = generation
      this.#known = new Uint8Array(0)
      this.values = new Int32Array(0)
    }
    if (this.#known.length < vocabulary.size) this.#grow(vocabulary.size)
    const known = this.#known
    const { values, width } = this
    const scratch = this.#scratch
    for (let k = from; k < to; k++) {
      const id = ids[k]
      if (known[id] === 1) continue
      scratch.fill(0)
      this.read(vocabulary.text(id), scratch)
      values.set(scratch, id * width)
      known[id] = 1
    }
    return this.values
  }

  /**
   * The number of every token of `words`, in token order, for a table of one number per word.
   *
   * @example
   * const lengths = new WordNumbers(1, (text, out) => (out[0] = text.length))
   * lengths.forTokens(readWordIds(tokenize('the cat'))) // Int32Array [3, 3]
   */
  forTokens(words: WordIds): Int32Array {
    if (this.width !== 1) throw new Error(`forTokens gives one number per token; these words have ${this.width} each: read \`values\` after prepare().`)
    this.prepare(words)
    const { values } = this
    const { ids } = words
    const out = new Int32Array(ids.length)
    for (let i = 0; i < ids.length; i++) out[i] = values[ids[i]]
    return out
  }

  /** Makes room for `size` word ids at least, keeping what is known. */
  #grow(size: number): void {
    const capacity = Math.max(size, 2 * this.#known.length, 1024)
    const known = new Uint8Array(capacity)
    known.set(this.#known)
    this.#known = known
    const values = new Int32Array(capacity * this.width)
    values.set(this.values)
    this.values = values
  }
}
