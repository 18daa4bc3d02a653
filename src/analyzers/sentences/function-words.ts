import { WordNumbers } from '../../text/word-numbers.ts'
import { FNV_OFFSET, FNV_PRIME, normaliseWord, plainCharAt, WordDictionary } from '../../sentences/word-forms.ts'
import type { Token } from '../../text/types.ts'
import type { WordIds } from '../../text/vocabulary.ts'

/*
 * The words of the sentence-function rules, read off each word token without lower-casing it: which
 * of the words the rules name it is (an id in a small dictionary, -1 for any other word), and the
 * cue lists it is in (one bit each).
 */

/** The cue lists a word may be in; the rules ask for them by bit. */
export interface FunctionWordLists {
  imperativeVerbs: ReadonlySet<string>
  imperativePrefixes: ReadonlySet<string>
  imperativeFollowers: ReadonlySet<string>
  imperativeWithPreposition: ReadonlySet<string>
  notAfterImperative: ReadonlySet<string>
  finiteVerbs: ReadonlySet<string>
  evaluative: ReadonlySet<string>
  mildEvaluative: ReadonlySet<string>
  reportingWords: ReadonlySet<string>
  eventVerbs: ReadonlySet<string>
  timeWords: ReadonlySet<string>
  quantityWords: ReadonlySet<string>
  labels: ReadonlySet<string>
  firstPerson: ReadonlySet<string>
  beOrHave: ReadonlySet<string>
  notAnEventAfter: ReadonlySet<string>
  weOrI: ReadonlySet<string>
}

export const IMPERATIVE_VERB = 1 << 0
export const IMPERATIVE_PREFIX = 1 << 1
export const IMPERATIVE_FOLLOWER = 1 << 2
export const IMPERATIVE_WITH_PREPOSITION = 1 << 3
export const NOT_AFTER_IMPERATIVE = 1 << 4
export const FINITE_VERB = 1 << 5
export const EVALUATIVE = 1 << 6
export const MILD_EVALUATIVE = 1 << 7
export const REPORTING = 1 << 8
export const EVENT_VERB = 1 << 9
export const TIME_WORD = 1 << 10
export const QUANTITY_WORD = 1 << 11
/** A line label once a final stop is taken off: "Tel." -> "tel". */
export const LABEL = 1 << 12
export const FIRST_PERSON = 1 << 13
export const BE_OR_HAVE = 1 << 14
export const NOT_AN_EVENT_AFTER = 1 << 15
/** "we" or "i". */
export const WE_OR_I = 1 << 16
/** Has a letter of any script. */
export const LETTER = 1 << 17
/** Five letters or more ending in "-ed": a past form or a participle. */
export const ED = 1 << 18
/** Four letters or more ending in "-s": a plural or a verb in the third person. */
export const ENDS_S = 1 << 19
/** Starts with an apostrophe: a clitic ("'s") that joins the word before it. */
export const CLITIC = 1 << 20
/** "i" or a word starting "i'" ("i'm"): capitalised, yet no name. */
export const I_WORD = 1 << 21
/** The token's first character is not that of its normal form: a capitalised word (or a curly apostrophe). */
export const CAPITALISED = 1 << 22

const HAS_LETTER = /\p{L}/u

/** The bits a word has by its spelling, whatever lists it is in. */
function spellingBits(word: string): number {
  let bits = 0
  if (HAS_LETTER.test(word)) bits |= LETTER
  if (word.length >= 5 && word.endsWith('ed')) bits |= ED
  if (word.length > 3 && word.endsWith('s')) bits |= ENDS_S
  if (word.charCodeAt(0) === 39) bits |= CLITIC
  if (word === 'i' || word.startsWith("i'")) bits |= I_WORD
  return bits
}

/**
 * {@link spellingBits} of the normal form of a plain `text[start..end)`, read off its characters;
 * `letter` says whether it has an ASCII letter.
 */
function plainSpellingBits(text: string, start: number, end: number, letter: boolean): number {
  const n = end - start
  let bits = letter ? LETTER : 0
  if (n >= 5 && plainCharAt(text, end - 2) === 101 && plainCharAt(text, end - 1) === 100) bits |= ED
  if (n > 3 && plainCharAt(text, end - 1) === 115) bits |= ENDS_S
  const first = plainCharAt(text, start)
  if (first === 39) bits |= CLITIC
  if (first === 105 && (n === 1 || plainCharAt(text, start + 1) === 39)) bits |= I_WORD
  return bits
}

/** The phrases of several lists that start with one word, as dictionary ids, each tagged with its list. */
export type PhraseStarts = readonly { list: number; ids: Int32Array }[]

/**
 * The words of a sentence (word and number tokens, clitics joined back on: "let" + "'s" -> "let's"),
 * each as its dictionary id (-1 for a word the rules do not name), its bits, and the index of the
 * token it starts at; `count` words, in buffers that are reused for the next sentence.
 */
export interface SentenceWords {
  count: number
  ids: Int32Array
  bits: Int32Array
  tokenOf: Int32Array
}

/**
 * The dictionary of every word the sentence-function rules name, the bits of each, and the phrases
 * that start with each.
 */
export class FunctionWords {
  readonly dictionary: WordDictionary
  private readonly bitsById: Int32Array
  private readonly lists: FunctionWordLists
  private readonly sentence: SentenceWords = { count: 0, ids: new Int32Array(64), bits: new Int32Array(64), tokenOf: new Int32Array(64) }
  // The dictionary id and bits of the word read last by `readWord`.
  private id = -1
  private bits = 0
  // Per word id of the shared vocabulary: its dictionary id and its bits, as `readWord` reads them.
  private readonly byWord = new WordNumbers(2, (text, out) => {
    this.readWord(text, 0, text.length, text)
    out[0] = this.id
    out[1] = this.bits
  })

  /** `words`: every other word the rules compare with, such as "please" or "to". */
  constructor(lists: FunctionWordLists, phrases: Iterable<string>, words: Iterable<string>) {
    this.lists = lists
    const all = new Set<string>(words)
    for (const set of Object.values(lists) as ReadonlySet<string>[]) for (const w of set) all.add(w)
    for (const label of lists.labels) all.add(label + '.')
    for (const phrase of phrases) for (const w of phrase.split(' ')) all.add(w)
    this.dictionary = new WordDictionary(all)
    this.bitsById = Int32Array.from(this.dictionary.words, (w) => this.bitsOf(w))
  }

  /** The id of a word in normal form; -1 when the rules do not name it. */
  idOf(word: string): number {
    return this.dictionary.idOf(word)
  }

  /** Compiles phrases (words separated by spaces) to dictionary ids. */
  compile(phrase: string): Int32Array {
    return Int32Array.from(phrase.split(' '), (w) => this.dictionary.idOf(w))
  }

  /**
   * The words of tokens `from`–`to`, cut from `text`; see {@link SentenceWords}. What it returns is
   * valid until the next call. `words`, the tokens' ids in the shared vocabulary (the engine's
   * `ctx.words`), spares reading each word again: its id and bits are kept by word id.
   */
  wordsOf(tokens: readonly Token[], from: number, to: number, text: string, words?: WordIds): SentenceWords {
    const sentence = this.sentence
    if (sentence.ids.length < to - from) {
      sentence.ids = new Int32Array(2 * (to - from))
      sentence.bits = new Int32Array(2 * (to - from))
      sentence.tokenOf = new Int32Array(2 * (to - from))
    }
    const { ids, bits, tokenOf } = sentence
    // With word ids: per word, [dictionary id, bits] at 2 * id.
    const wordIds = words ? words.ids : null
    const byWord = words ? this.byWord.prepare(words, from, to) : null
    let count = 0
    // The normal forms of words joined from several tokens, by position.
    let joined: string[] | undefined
    for (let k = from; k < to; k++) {
      const t = tokens[k]
      if (t.kind !== 'word' && t.kind !== 'number') continue
      let id: number
      let b: number
      if (wordIds !== null) {
        const at = 2 * wordIds[k]
        id = byWord![at]
        b = byWord![at + 1]
      } else {
        this.readWord(text, t.start, t.end, t.text)
        id = this.id
        b = this.bits
      }
      if (b & CLITIC && !t.spaceBefore && count > 0) {
        const last = count - 1
        joined ??= []
        const word = (joined[last] ?? normaliseWord(tokens[tokenOf[last]].text)) + normaliseWord(t.text)
        joined[last] = word
        ids[last] = this.dictionary.idOf(word)
        bits[last] = this.bitsOfWord(ids[last], word) | (bits[last] & CAPITALISED)
      } else {
        ids[count] = id
        bits[count] = b
        tokenOf[count++] = k
      }
    }
    sentence.count = count
    return sentence
  }

  /**
   * Reads the word `text[start..end)` whose own text is `raw` into `id` and `bits`. A plain word is
   * read in one pass over its characters: its hash, whether it has a letter, whether it is plain at all.
   */
  private readWord(text: string, start: number, end: number, raw: string): void {
    let h = FNV_OFFSET
    let letter = false
    let plain = true
    for (let i = start; i < end; i++) {
      let c = text.charCodeAt(i)
      if (c >= 65 && c <= 90) {
        letter = true
        c |= 32
      } else if (c >= 97 && c <= 122) letter = true
      else if (c === 0x2019) c = 39
      else if (c >= 128) {
        plain = false
        break
      }
      h = Math.imul(h ^ c, FNV_PRIME)
    }
    if (plain) {
      const id = this.dictionary.findPlain(text, start, end, h >>> 0)
      this.id = id
      this.bits = id === -1 ? plainSpellingBits(text, start, end, letter) : this.bitsById[id]
      if (text.charCodeAt(start) !== plainCharAt(text, start)) this.bits |= CAPITALISED
    } else {
      const word = normaliseWord(raw)
      this.id = this.dictionary.idOf(word)
      this.bits = this.bitsOfWord(this.id, word)
      if (raw.charCodeAt(0) !== word.charCodeAt(0)) this.bits |= CAPITALISED
    }
  }

  /** The bits of a word in normal form with dictionary id `id`: a word not in the dictionary is in no list. */
  private bitsOfWord(id: number, word: string): number {
    return id === -1 ? spellingBits(word) : this.bitsById[id]
  }

  /** The bits of a word in normal form. */
  private bitsOf(word: string): number {
    const lists = this.lists
    let bits = spellingBits(word)
    const add = (set: ReadonlySet<string>, bit: number, key = word) => {
      if (set.has(key)) bits |= bit
    }
    add(lists.imperativeVerbs, IMPERATIVE_VERB)
    add(lists.imperativePrefixes, IMPERATIVE_PREFIX)
    add(lists.imperativeFollowers, IMPERATIVE_FOLLOWER)
    add(lists.imperativeWithPreposition, IMPERATIVE_WITH_PREPOSITION)
    add(lists.notAfterImperative, NOT_AFTER_IMPERATIVE)
    add(lists.finiteVerbs, FINITE_VERB)
    add(lists.evaluative, EVALUATIVE)
    add(lists.mildEvaluative, MILD_EVALUATIVE)
    add(lists.reportingWords, REPORTING)
    add(lists.eventVerbs, EVENT_VERB)
    add(lists.timeWords, TIME_WORD)
    add(lists.quantityWords, QUANTITY_WORD)
    add(lists.labels, LABEL, word.replace(/\.$/, ''))
    add(lists.firstPerson, FIRST_PERSON)
    add(lists.beOrHave, BE_OR_HAVE)
    add(lists.notAnEventAfter, NOT_AN_EVENT_AFTER)
    add(lists.weOrI, WE_OR_I)
    return bits
  }
}
