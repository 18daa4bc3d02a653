/*
 * Words as the sentence analyzers compare them: lower-cased, with curly apostrophes made straight
 * (their normal form). Most tokens are plain ASCII, where the normal form can be read character by
 * character off the document's text; so a word can be hashed and found in a list without building
 * its lower-case string. (Reading a token's characters at its offsets in the document's text is
 * also much faster than reading them off the token's own string.)
 */

const APOSTROPHE = 39
const RIGHT_SINGLE_QUOTE = 0x2019
/** FNV-1a's offset basis and prime, for loops that hash as they read. */
export const FNV_OFFSET = 0x811c9dc5
export const FNV_PRIME = 0x01000193

/** The lower-cased text with curly apostrophes (’) made straight ('). */
export function normaliseWord(text: string): string {
  const lower = text.toLowerCase()
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower
}

/**
 * True when the normal form of `text[start..end)` is read character by character: every character
 * is ASCII or a curly apostrophe. Then {@link plainCharAt} gives the normal form's characters.
 */
export function isPlain(text: string, start = 0, end = text.length): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c >= 128 && c !== RIGHT_SINGLE_QUOTE) return false
  }
  return true
}

/** The character of the normal form at `i` of a plain text (see {@link isPlain}). */
export function plainCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (c >= 65 && c <= 90) return c | 32
  return c === RIGHT_SINGLE_QUOTE ? APOSTROPHE : c
}

/** FNV-1a over the code units of a string. */
export function fnv1a(text: string): number {
  let h = FNV_OFFSET
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME)
  return h >>> 0
}

/** FNV-1a over the normal form of a plain `text[start..end)` (see {@link isPlain}), without building it. */
export function plainFnv1a(text: string, start = 0, end = text.length): number {
  let h = FNV_OFFSET
  for (let i = start; i < end; i++) h = Math.imul(h ^ plainCharAt(text, i), FNV_PRIME)
  return h >>> 0
}


/**
 * Murmur3's finaliser. `avalanche(fnv1a(s))` is `hashString(s)` of models/hashing.ts, which the
 * shipped weights were trained with (a test keeps the two the same).
 */
export function avalanche(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

const EMPTY = -1

/**
 * A fixed list of words in normal form, each with an id (its position in the list), found by a
 * token's text without lower-casing it.
 *
 * @example
 * const dictionary = new WordDictionary(['we', "let's"])
 * dictionary.find('We') // 0
 * dictionary.find('Let’s') // 1
 */
export class WordDictionary {
  readonly words: readonly string[]
  private readonly hashes: Uint32Array
  // Open addressing with linear probing, at most a quarter full: per slot an id or EMPTY.
  private readonly slots: Int32Array
  private readonly mask: number
  private readonly ids = new Map<string, number>()

  constructor(words: Iterable<string>) {
    const unique = [...new Set(words)]
    this.words = unique
    this.hashes = Uint32Array.from(unique, fnv1a)
    let size = 16
    while (size < 4 * unique.length) size *= 2
    this.slots = new Int32Array(size).fill(EMPTY)
    this.mask = size - 1
    unique.forEach((word, id) => {
      let slot = this.hashes[id] & this.mask
      while (this.slots[slot] !== EMPTY) slot = (slot + 1) & this.mask
      this.slots[slot] = id
      this.ids.set(word, id)
    })
  }

  /** The id of a word given in normal form, or -1. */
  idOf(word: string): number {
    return this.ids.get(word) ?? -1
  }

  /** The id of the normal form of `text`, or -1. */
  find(text: string): number {
    return isPlain(text) ? this.findPlain(text, 0, text.length, plainFnv1a(text)) : this.idOf(normaliseWord(text))
  }

  /**
   * The id of the normal form of a plain `text[start..end)` (see {@link isPlain}) whose
   * {@link plainFnv1a} is `hash`, or -1.
   */
  findPlain(text: string, start: number, end: number, hash: number): number {
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const id = this.slots[slot]
      if (id === EMPTY) return -1
      if (this.hashes[id] === hash && this.spells(id, text, start, end)) return id
    }
  }

  /** True when word `id` is the normal form of the plain `text[start..end)`. */
  private spells(id: number, text: string, start: number, end: number): boolean {
    const word = this.words[id]
    if (word.length !== end - start) return false
    for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== plainCharAt(text, start + i)) return false
    return true
  }
}
