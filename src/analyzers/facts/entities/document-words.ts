import type { KnowledgeBase } from '../../../knowledge/knowledge-base.ts'
import type { KnownTokens } from '../../../knowledge/gazetteer.ts'
import { tokenKey, type TokenKeys } from '../../../knowledge/token-key.ts'
import type { Sentence, Token } from '../../../text/types.ts'
import { readWordIds, type Vocabulary, type WordIds } from '../../../text/vocabulary.ts'
import { CAPITALISED, QUOTE, tokenClassesOf, UPPER, WORD, wordClasses } from './token-classes.ts'
import { CLOSE_BRACKET, NAME_START, OPEN_BRACKET, TITLE, wordFacts } from './word-facts.ts'

/** How a sentence is written: see {@link DocumentWords.sentenceCase}. */
export type SentenceCase = 'mixed' | 'title' | 'upper'
const CASES: readonly SentenceCase[] = ['mixed', 'title', 'upper']

/**
 * Ranks of two words whose first word is a title only before the second: the air forces' "Group
 * Captain", "Wing Commander", "Squadron Leader", "Flight Lieutenant", "Air Commodore", "Air Vice-Marshal",
 * "Air Officer Commanding", the navies' "Petty Officer", "Sub Lieutenant", and "Warrant Officer",
 * "Staff Sergeant", "Command Sergeant Major".
 */
const RANK_OPENERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['air', new Set(['marshal', 'vice-marshal', 'chief', 'commodore', 'officer'])],
  ['group', new Set(['captain'])],
  ['wing', new Set(['commander'])],
  ['squadron', new Set(['leader'])],
  ['flight', new Set(['lieutenant', 'sergeant'])],
  ['petty', new Set(['officer'])],
  ['warrant', new Set(['officer'])],
  ['pilot', new Set(['officer'])],
  ['flying', new Set(['officer'])],
  ['sub', new Set(['lieutenant'])],
  ['staff', new Set(['sergeant'])],
  ['master', new Set(['sergeant', 'chief'])],
  ['command', new Set(['sergeant'])],
])

// Set in every word's facts once they are worked out (the sign bit, the others being facts), so that 0 means "not yet".
const KNOWN = 1 << 31

/**
 * What a knowledge base's rules know of each word of the shared vocabulary, kept by word id: the
 * word's classes and facts (one number, see word-facts.ts), the id of its key in the name trie
 * (the two side by side, so that a token costs one memory read), and its key.
 */
class WordTable {
  #values = new Int32Array(2 * 1024)
  #keys: string[] = []
  #vocabulary: Vocabulary | null = null
  #generation = -1

  constructor(private readonly kb: KnowledgeBase) {}

  /** Writes the facts, name-trie ids, classes and name starts of a document's tokens. */
  read(tokens: readonly Token[], words: WordIds, facts: Int32Array, names: Int32Array, classes: Uint8Array, starts: Uint8Array): void {
    this.#follow(words)
    const { ids, vocabulary } = words
    const values = this.#values
    for (let i = 0; i < ids.length; i++) {
      const at = 2 * ids[i]
      let f = values[at]
      if (f === 0) f = this.#compute(vocabulary, ids[i])
      facts[i] = f
      names[i] = values[at + 1]
      const token = tokens[i]
      classes[i] = tokenClassesOf(token, f & 0xff)
      starts[i] = (token.kind === 'word' || token.kind === 'number') && f & NAME_START ? 1 : 0
    }
  }

  /** The key of the word with this id (read by a document of the current generation). */
  key(id: number): string {
    return this.#keys[id]
  }

  #follow({ vocabulary, generation }: WordIds): void {
    if (generation !== vocabulary.generation) {
      throw new Error(`These word ids are of generation ${generation} of their vocabulary, which has started again since (generation ${vocabulary.generation}): read the tokens again.`)
    }
    if (vocabulary !== this.#vocabulary || generation !== this.#generation) {
      this.#values.fill(0)
      this.#keys.length = 0
      this.#vocabulary = vocabulary
      this.#generation = generation
    }
    if (2 * vocabulary.size > this.#values.length) {
      const values = new Int32Array(Math.max(2 * vocabulary.size, 2 * this.#values.length))
      values.set(this.#values)
      this.#values = values
    }
    // Grown one by one, the list stays a plain array rather than a sparse one.
    while (this.#keys.length < vocabulary.size) this.#keys.push('')
  }

  #compute(vocabulary: Vocabulary, id: number): number {
    const text = vocabulary.text(id)
    const key = tokenKey(text)
    const facts = KNOWN | wordClasses(text) | wordFacts(text, key, (k) => this.kb.isCommonWord(k))
    this.#values[2 * id] = facts
    this.#values[2 * id + 1] = this.kb.names.trie.word(key)
    this.#keys[id] = key
    return facts
  }
}

const tables = new WeakMap<KnowledgeBase, WordTable>()

/**
 * A document's tokens as the entity finder's rules read them, worked out once per distinct word and
 * kept by word id: each token's classes, word facts and key, and its key's id in the knowledge
 * base's name trie. Sentences' casing and first words are worked out on first request. It holds
 * while the document's word ids do (until the vocabulary starts again, never within a document).
 *
 * @example
 * const doc = new DocumentWords(tokens, sentences, kb)
 * doc.key(i) // 'us' for "U.S."
 * doc.facts[i] & TITLE // set for "President"
 */
export class DocumentWords {
  /** per token, its classes (token-classes.ts) */
  readonly classes: Uint8Array
  /** per token, the facts of its word (word-facts.ts; the low byte holds the classes it would have as a word) */
  readonly facts: Int32Array
  /** per token, the id of its key in the knowledge base's name trie, or -1 */
  readonly names: Int32Array
  /** per token, 1 when it may start a name in the knowledge base, else 0 */
  readonly starts: Uint8Array
  /** the tokens' keys, trie ids and name starts, as the knowledge base's name gazetteer takes them */
  readonly known: KnownTokens
  readonly words: WordIds
  readonly #table: WordTable
  // Per sentence index: its casing (an index into CASES, -1 before it is known) and its first word or number.
  readonly #casing: Int8Array
  readonly #firstWord: Int32Array

  /** `words`, when given, are the tokens' ids in the shared vocabulary (the engine's `ctx.words`). */
  constructor(
    readonly tokens: readonly Token[],
    readonly sentences: readonly Sentence[],
    readonly kb: KnowledgeBase,
    words: WordIds = readWordIds(tokens),
  ) {
    if (words.ids.length !== tokens.length) throw new Error(`The word ids are of ${words.ids.length} tokens; the document has ${tokens.length}.`)
    this.words = words
    let table = tables.get(kb)
    if (!table) tables.set(kb, (table = new WordTable(kb)))
    this.#table = table
    this.facts = new Int32Array(tokens.length)
    this.names = new Int32Array(tokens.length)
    this.classes = new Uint8Array(tokens.length)
    this.starts = new Uint8Array(tokens.length)
    table.read(tokens, words, this.facts, this.names, this.classes, this.starts)
    const keyOf: TokenKeys = (i) => this.key(i)
    this.known = { keys: keyOf, words: this.names, starts: this.starts }
    this.#casing = new Int8Array(sentences.length).fill(-1)
    this.#firstWord = new Int32Array(sentences.length).fill(-1)
  }

  /** The key of token `i` (`tokenKey` of its text). */
  key(i: number): string {
    return this.#table.key(this.words.ids[i])
  }

  /** The keys of tokens `start`..`end`. */
  keysOf(start: number, end: number): string[] {
    const keys: string[] = []
    for (let i = start; i < end; i++) keys.push(this.key(i))
    return keys
  }

  /** True for a word token that is a title or part of one ("President", "Gen.", "Secretary-General", "foreign"). */
  isTitleAt(i: number): boolean {
    if (i < 0 || i >= this.tokens.length || (this.classes[i] & WORD) === 0) return false
    if ((this.facts[i] & TITLE) !== 0) return true
    // "Press" opens a title only before one: "Pentagon Press Secretary Pat Ryder", not "the Associated Press".
    if (this.tokens[i].text === 'Press') return this.isTitleAt(i + 1)
    // "Group Captain", "Air Vice-Marshal", "Petty Officer": ranks of two words whose first is no title alone.
    if (i + 1 >= this.tokens.length || (this.facts[i + 1] & TITLE) === 0) return false
    const after = RANK_OPENERS.get(this.key(i))
    return after !== undefined && after.has(this.key(i + 1))
  }

  /** True for a word token that starts with a capital letter. */
  isCapitalised(i: number): boolean {
    return i >= 0 && i < this.tokens.length && (this.classes[i] & CAPITALISED) !== 0
  }

  /** True for an opening bracket at token `i`. */
  isOpenBracket(i: number): boolean {
    return i >= 0 && i < this.tokens.length && (this.facts[i] & OPEN_BRACKET) !== 0
  }

  /**
   * True when brackets around one token follow token `end - 1`, after any quotation marks: where
   * "Shanghai Cooperation Organisation (SCO)" defines an acronym (see `acronymAfter`).
   */
  bracketsAfter(end: number): boolean {
    const n = this.tokens.length
    let open = end
    while (open < n && this.classes[open] & QUOTE) open++
    return open + 2 < n && (this.facts[open] & OPEN_BRACKET) !== 0 && (this.facts[open + 2] & CLOSE_BRACKET) !== 0
  }

  /** True when no word or number comes before token `i` in its sentence (quotes and brackets may). */
  isSentenceInitial(sentence: Sentence, i: number): boolean {
    if (i > sentence.tokenEnd || this.sentences[sentence.index] !== sentence) return noWordBefore(this.tokens, sentence, i)
    let first = this.#firstWord[sentence.index]
    if (first < 0) {
      first = sentence.tokenStart
      while (first < sentence.tokenEnd && this.tokens[first].kind !== 'word' && this.tokens[first].kind !== 'number') first++
      this.#firstWord[sentence.index] = first
    }
    return i <= first
  }

  /**
   * How a sentence is written: 'upper' when its words are in capitals, 'title' when nearly every
   * word is capitalised (a headline), 'mixed' otherwise. In the first two, capitals say little.
   */
  sentenceCase(sentence: Sentence): SentenceCase {
    if (this.sentences[sentence.index] !== sentence) return CASES[caseOf(this.classes, sentence)]
    let known = this.#casing[sentence.index]
    if (known < 0) this.#casing[sentence.index] = known = caseOf(this.classes, sentence)
    return CASES[known]
  }
}

function noWordBefore(tokens: readonly Token[], sentence: Sentence, i: number): boolean {
  for (let k = sentence.tokenStart; k < i; k++) {
    const kind = tokens[k].kind
    if (kind === 'word' || kind === 'number') return false
  }
  return true
}

// The index in CASES of a sentence's casing.
function caseOf(classes: Uint8Array, sentence: Sentence): number {
  let words = 0
  let capitalised = 0
  let upper = 0
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
    const c = classes[k]
    if (!(c & WORD)) continue
    words++
    if (!(c & CAPITALISED)) continue
    capitalised++
    if (c & UPPER) upper++
  }
  if (words >= 3 && upper / words > 0.8) return 2
  if (words >= 4 && capitalised / words > 0.75) return 1
  return 0
}
