import { lookupKeys, type CompiledBlock, type CompiledPattern, type VerbDictionary, type VerbFormEntry } from './verb-dictionary.ts'
import { wordClasses } from './function-words.ts'
import type { PatternsByBlock } from './verb-patterns.ts'

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
  /** the dictionary patterns whose first word after the verb it may stand for, by block; null when none */
  patternsAfter: PatternsByBlock | null
}

/** How many distinct token texts the cache keeps before it starts again, so that it cannot grow without end. */
const CACHE_LIMIT = 200_000

/** The only letter whose lower case depends on its neighbours (the final sigma ς). */
const CAPITAL_SIGMA = 'Σ'

/** The words that may follow the first of a verb's forms, or null when one form is a single word. */
function nextWordsOf(forms: readonly VerbFormEntry[] | undefined): ReadonlySet<string> | null {
  if (!forms || forms.some((f) => f.words.length === 1)) return null
  return new Set(forms.map((f) => f.words[1]))
}

/**
 * Word types by token text, shared by every document: a word seen before costs one lookup.
 *
 * @example
 * const types = new WordTypes(triggerWords, dictionary)
 * types.get('Shelled').lower // 'shelled'
 */
export class WordTypes {
  readonly #byText = new Map<string, WordType>()
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
    return { lower, own, ownClasses: wordClasses(own), flags, keys, forms, formsNeedNext: nextWordsOf(forms), patternsAfter: this.#patternsAfter(keys) }
  }

  /** What each block's `byFirstWord` gives for a word's lookup keys, by block; null when nothing. */
  #patternsAfter(keys: readonly string[]): PatternsByBlock | null {
    let found: Map<CompiledBlock, CompiledPattern[]> | null = null
    for (const key of keys) {
      const byBlock = this.#dictionary.patternsByFirstWord.get(key)
      if (!byBlock) continue
      found ??= new Map()
      for (const [block, patterns] of byBlock) found.set(block, [...(found.get(block) ?? []), ...patterns])
    }
    return found
  }

  /** The type of a token text. */
  get(text: string): WordType {
    let type = this.#byText.get(text)
    if (type === undefined) {
      if (this.#byText.size >= CACHE_LIMIT) this.#byText.clear()
      const lower = text.toLowerCase()
      type = this.#make(lower, lower)
      this.#byText.set(text, type)
    }
    return type
  }

  /**
   * The types of a document's tokens. A token is read as its slice of the lower-cased document, as if
   * the whole text were lower-cased at once, unless that changes the text's length ("İ"); the two
   * readings part only for a capital sigma, whose lower case depends on the letters around it.
   */
  forDocument(text: string, tokens: readonly { text: string; start: number; end: number }[]): WordType[] {
    const out = new Array<WordType>(tokens.length)
    for (let i = 0; i < tokens.length; i++) out[i] = this.get(tokens[i].text)
    if (!text.includes(CAPITAL_SIGMA)) return out
    const lowered = text.toLowerCase()
    if (lowered.length !== text.length) return out
    for (let i = 0; i < tokens.length; i++) {
      const own = out[i]
      if (!tokens[i].text.includes(CAPITAL_SIGMA)) continue
      const lower = lowered.slice(tokens[i].start, tokens[i].end)
      if (lower !== own.lower) out[i] = this.#make(lower, own.own)
    }
    return out
  }
}

