// A numbering of distinct integers kept in typed arrays instead of a map, for one text at a time.
// (Numbers per word are kept by `WordNumbers` of src/text/word-numbers.ts.)


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
