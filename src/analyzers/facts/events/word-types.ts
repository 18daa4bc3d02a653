import { readWordIds, type Vocabulary, type WordIds } from '../../../text/vocabulary.ts'
import { lookupKeys, type VerbDictionary, type VerbFormEntry } from './verb-dictionary.ts'
import { wordClasses } from './function-words.ts'
import { isBackgroundCue } from './background.ts'
import { BACKGROUND_CUE, TRIGGER_WORD, VERB_FORM, WORD_FLAG } from './word-flags.ts'

/** What the event rules need to know about one distinct token text, worked out once. */
export interface WordType {
  /** the word as the rules read it: lower-cased within its document (see WordTypes.forDocument) */
  lower: string
  /** the token's text lower-cased on its own; differs from `lower` only next to a Greek capital sigma */
  own: string
  /** the closed classes of `own` (WORD_CLASS bits) */
  ownClasses: number
  /** TRIGGER_WORD flags of `lower`, for tokens of kind 'word' */
  flags: number
  /** the dictionary words it may stand for (see lookupKeys) */
  keys: readonly string[]
  /** the dictionary verb forms that begin with `lower` */
  forms: readonly VerbFormEntry[] | undefined
  /** when every form has two words or more: the words that may follow this one; null otherwise */
  formsNeedNext: ReadonlySet<string> | null
  /** true when it may stand for the first word of what a dictionary pattern asks for after its verb */
  beginsPatternAfter: boolean
  /** the numbers (VerbDictionary.firstWords) of the keys that begin a word sequence of a pattern */
  firstWords: readonly number[]
}

/** The only letter whose lower case depends on its neighbours (the final sigma ς). */
const CAPITAL_SIGMA = 'Σ'

/** The words that may follow the first of a verb's forms, or null when one form is a single word. */
function nextWordsOf(forms: readonly VerbFormEntry[] | undefined): ReadonlySet<string> | null {
  if (!forms || forms.some((f) => f.words.length === 1)) return null
  return new Set(forms.map((f) => f.words[1]))
}

/** A document's tokens as the event rules read them, one entry per token (see WordTypes.forDocument). */
export interface DocumentWords {
  /** the word type of token i */
  typeAt: (i: number) => WordType
  /** each token's `typeAt(i).lower`, kept apart so that reading it touches no word type */
  lower: string[]
  /** each token's TRIGGER_WORD flags (`typeAt(i).flags`, with `patternAfterVerb` when `typeAt(i).beginsPatternAfter`) and WORD_FLAG bits */
  flags: Uint8Array
  /** each token's `typeAt(i).ownClasses`, with the VERB_FORM bits of the kinds of `typeAt(i).forms` and BACKGROUND_CUE */
  classes: Int32Array
  /**
   * Token i's `typeAt(i).firstWords`, read without touching its word type: `firstWordTable[firstWordRow(i) + j]`
   * for j below MAX_KEYS, up to the first -1.
   */
  firstWordTable: Int32Array
  firstWordRow: (i: number) => number
}

/** A word has four dictionary keys at most: itself and three stems ("studies": studie, studi, study). */
export const MAX_KEYS = 4

/**
 * Whether one of the first words in `table[row..row + MAX_KEYS)`, up to the first -1, is in the bit set
 * `words` (over the numbers of VerbDictionary.firstWords): a token's row of DocumentWords.firstWordTable.
 */
export function hasFirstWord(table: Int32Array, row: number, words: Uint32Array): boolean {
  for (let j = row; j < row + MAX_KEYS; j++) {
    const n = table[j]
    if (n < 0) return false
    if (words[n >>> 5] & (1 << (n & 31))) return true
  }
  return false
}

const ACTOR_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we'])

/** The per-token classes of a word type: its own WORD_CLASS bits and the VERB_FORM bits of its forms. */
function classesOf(type: WordType): number {
  let classes = type.ownClasses
  for (const form of type.forms ?? []) classes |= VERB_FORM[form.kind]
  if (isBackgroundCue(type.lower)) classes |= BACKGROUND_CUE
  return classes
}

/** The per-token flags of a token with this text and word type (TRIGGER_WORD and WORD_FLAG bits). */
function flagsOf(type: WordType, text: string): number {
  let flags = type.flags
  if (type.beginsPatternAfter) flags |= TRIGGER_WORD.patternAfterVerb
  if (type.lower === 'by') flags |= WORD_FLAG.by
  if (ACTOR_PRONOUNS.has(type.lower)) flags |= WORD_FLAG.pronoun
  if (text === type.lower) flags |= WORD_FLAG.writtenLower
  if (text === text.toUpperCase()) flags |= WORD_FLAG.writtenUpper
  return flags
}

/**
 * Word types by token text, kept by word id in the shared vocabulary: a word seen before costs an
 * array read. Each word's lower case, flags, classes and first words are kept in arrays of their own
 * too, which a document's tokens read without touching the word types.
 *
 * @example
 * const types = new WordTypes(triggerWords, dictionary)
 * types.get('Shelled').lower // 'shelled'
 */
export class WordTypes {
  // By word id: its type, its lower case (undefined until the word is met), and its flags and classes
  // in one number (flags in the low byte, classes above), so that a token costs two array reads.
  #types: WordType[] = []
  #lower: (string | undefined)[] = []
  #bits = new Int32Array(1024)
  // By word id, its type's `firstWords`, MAX_KEYS places each, -1 after the last.
  #firstWords = new Int32Array(1024 * MAX_KEYS)
  #vocabulary: Vocabulary | null = null
  #generation = -1
  readonly #triggerWords: ReadonlyMap<string, number>
  readonly #dictionary: VerbDictionary

  constructor(triggerWords: ReadonlyMap<string, number>, dictionary: VerbDictionary) {
    this.#triggerWords = triggerWords
    this.#dictionary = dictionary
  }

  #make(lower: string, own: string): WordType {
    const flags = this.#triggerWords.get(lower) ?? 0
    const forms = flags === 0 ? undefined : this.#dictionary.forms.get(lower)
    const keys = lookupKeys(lower)
    const firstWords: number[] = []
    for (const key of keys) {
      const n = this.#dictionary.firstWords.get(key)
      if (n !== undefined) firstWords.push(n)
    }
    if (keys.length > MAX_KEYS) throw new RangeError(`'${lower}' has ${keys.length} dictionary keys; the word tables keep ${MAX_KEYS}.`)
    return { lower, own, ownClasses: wordClasses(own), flags, keys, forms, formsNeedNext: nextWordsOf(forms), beginsPatternAfter: keys.some((key) => this.#dictionary.patternsByFirstWord.has(key)), firstWords }
  }

  /** The type of a token text, worked out afresh (documents read theirs by word id, see forDocument). */
  get(text: string): WordType {
    const lower = text.toLowerCase()
    return this.#make(lower, lower)
  }

  /** Keeps the word types of the vocabulary and generation of `words`, forgetting those of another. */
  #follow(words: WordIds): void {
    if (words.generation !== words.vocabulary.generation) {
      throw new Error(`These word ids are of generation ${words.generation} of their vocabulary, which has started again since (generation ${words.vocabulary.generation}): read the tokens again.`)
    }
    if (words.vocabulary === this.#vocabulary && words.generation === this.#generation) return
    this.#types = []
    this.#lower = []
    this.#vocabulary = words.vocabulary
    this.#generation = words.generation
  }

  /**
   * The types of a document's tokens. A token is read as its slice of the lower-cased document, as if
   * the whole text were lower-cased at once, unless that changes the text's length ("İ"); the two
   * readings part only for a capital sigma, whose lower case depends on the letters around it.
   * `words` are the tokens' ids in the shared vocabulary (the engine's `ctx.words`), read here when not given.
   */
  forDocument(text: string, tokens: readonly { text: string; start: number; end: number }[], words: WordIds = readWordIds(tokens)): DocumentWords {
    this.#follow(words)
    const { ids, vocabulary } = words
    if (this.#bits.length < vocabulary.size) {
      const capacity = Math.max(vocabulary.size, this.#bits.length * 2)
      const bits = new Int32Array(capacity)
      bits.set(this.#bits)
      this.#bits = bits
      const firstWords = new Int32Array(capacity * MAX_KEYS)
      firstWords.set(this.#firstWords)
      this.#firstWords = firstWords
    }
    const byId = this.#types
    const lowerById = this.#lower
    const bitsById = this.#bits
    const firstWordsById = this.#firstWords
    const n = ids.length
    const lower = new Array<string>(n)
    const flags = new Uint8Array(n)
    const classes = new Int32Array(n)
    for (let i = 0; i < n; i++) {
      const id = ids[i]
      let read = lowerById[id]
      if (read === undefined) {
        const text = vocabulary.text(id)
        const type = this.get(text)
        byId[id] = type
        lowerById[id] = read = type.lower
        bitsById[id] = flagsOf(type, text) | (classesOf(type) << 8)
        for (let j = 0; j < MAX_KEYS; j++) firstWordsById[MAX_KEYS * id + j] = type.firstWords[j] ?? -1
      }
      lower[i] = read
      const bits = bitsById[id]
      flags[i] = bits & 0xff
      classes[i] = bits >>> 8
    }
    const typeAt = (i: number): WordType => byId[ids[i]]
    const firstWordRow = (i: number): number => MAX_KEYS * ids[i]
    const found: DocumentWords = { typeAt, lower, flags, classes, firstWordTable: firstWordsById, firstWordRow }
    if (!text.includes(CAPITAL_SIGMA)) return found
    const lowered = text.toLowerCase()
    if (lowered.length !== text.length) return found
    // The few tokens read otherwise in their document get types of their own.
    let own: Map<number, WordType> | null = null
    for (let i = 0; i < n; i++) {
      if (!tokens[i].text.includes(CAPITAL_SIGMA)) continue
      const read = lowered.slice(tokens[i].start, tokens[i].end)
      const type = byId[ids[i]]
      if (read === type.lower) continue
      const inDocument = this.#make(read, type.own)
      ;(own ??= new Map()).set(i, inDocument)
      lower[i] = read
      flags[i] = flagsOf(inDocument, tokens[i].text)
      classes[i] = classesOf(inDocument)
    }
    if (own === null) return found
    // The first words of such a document get a table of their own, a row per token.
    const inDocument = own
    const table = new Int32Array(MAX_KEYS * n)
    for (let i = 0; i < n; i++) {
      const type = inDocument.get(i)
      for (let j = 0; j < MAX_KEYS; j++) table[MAX_KEYS * i + j] = type ? (type.firstWords[j] ?? -1) : firstWordsById[MAX_KEYS * ids[i] + j]
    }
    return { typeAt: (i) => inDocument.get(i) ?? byId[ids[i]], lower, flags, classes, firstWordTable: table, firstWordRow: (i) => MAX_KEYS * i }
  }
}
