/**
 * Token texts as numbers. The text layer reads each document's token texts into a vocabulary once;
 * analyzers then keep what they work out about a word in arrays indexed by its id, so a word met
 * again costs an array read instead of a string look-up in every analyzer.
 */

/** A document's tokens as ids into a vocabulary: tokens with the same text have the same id. */
export interface WordIds {
  /** per token, the id of its text */
  readonly ids: Int32Array
  /** the vocabulary the ids point into */
  readonly vocabulary: Vocabulary
  /** the vocabulary's generation when the ids were given: an id names the same text only within one generation */
  readonly generation: number
}

/** How many distinct texts the shared vocabulary holds before it starts again. */
const DEFAULT_LIMIT = 300_000

/**
 * Numbers token texts in the order they are first met (0, 1, 2 …). A vocabulary that would outgrow
 * its limit empties itself before a document, never halfway through one, and starts a new generation:
 * whatever is kept by id must then start again too (see `WordValues`).
 *
 * @example
 * const vocabulary = new Vocabulary()
 * const words = vocabulary.read(tokenize('the cat saw the dog'))
 * words.ids // Int32Array [0, 1, 2, 0, 3]
 * vocabulary.text(3) // 'dog'
 */
export class Vocabulary {
  readonly #ids = new Map<string, number>()
  readonly #texts: string[] = []
  #generation = 0

  /** @param limit the most distinct texts kept before the vocabulary starts again */
  constructor(readonly limit = DEFAULT_LIMIT) {
    if (!(limit >= 1)) throw new RangeError(`A vocabulary needs room for at least one text (limit ${limit}).`)
  }

  /** How many texts have ids in the current generation; every id is below it. */
  get size(): number {
    return this.#texts.length
  }

  /** How many times the vocabulary has started again. */
  get generation(): number {
    return this.#generation
  }

  /** The text of an id of the current generation. */
  text(id: number): string {
    const text = this.#texts[id]
    if (text === undefined) throw new RangeError(`No text has the id ${id} in this vocabulary (it holds ${this.#texts.length}).`)
    return text
  }

  /** The id of a text, numbering it when it is new. */
  id(text: string): number {
    let id = this.#ids.get(text)
    if (id === undefined) {
      id = this.#texts.length
      this.#ids.set(text, id)
      this.#texts.push(text)
    }
    return id
  }

  /** The ids of a document's tokens, all of one generation. */
  read(tokens: readonly { text: string }[]): WordIds {
    if (this.#texts.length + tokens.length > this.limit) {
      this.#ids.clear()
      this.#texts.length = 0
      this.#generation++
    }
    const ids = new Int32Array(tokens.length)
    for (let i = 0; i < tokens.length; i++) ids[i] = this.id(tokens[i].text)
    return { ids, vocabulary: this, generation: this.#generation }
  }
}

/** The vocabulary the engine reads every document into. */
export const sharedVocabulary = new Vocabulary()

/**
 * The ids of a document's tokens in the shared vocabulary, for code that runs without the engine
 * (training, evaluation, command-line tasks). Analyzers read `ctx.words` instead: reading other tokens
 * into the shared vocabulary while a document is analysed could start it again and leave that
 * document's ids stale (`WordValues` then refuses them).
 */
export function readWordIds(tokens: readonly { text: string }[]): WordIds {
  return sharedVocabulary.read(tokens)
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
 * What an analyzer works out about a word, computed the first time the word is met and then kept by
 * its id. It follows the vocabulary's generations, so it never grows past the vocabulary's limit.
 *
 * @example
 * const lower = new WordValues((text) => text.toLowerCase())
 * const words = readWordIds(tokens)
 * lower.forTokens(words) // one value per token
 */
export class WordValues<T> {
  #values: (T | undefined)[] = []
  #vocabulary: Vocabulary | null = null
  #generation = -1

  constructor(private readonly compute: (text: string) => T) {}

  /** Makes the values follow the vocabulary and generation of `words`. */
  #follow(words: WordIds): void {
    if (words.generation !== words.vocabulary.generation) {
      throw new Error(`These word ids are of generation ${words.generation} of their vocabulary, which has started again since (generation ${words.vocabulary.generation}): read the tokens again.`)
    }
    if (words.vocabulary === this.#vocabulary && words.generation === this.#generation) return
    this.#values = []
    this.#vocabulary = words.vocabulary
    this.#generation = words.generation
  }

  /** The value of token `index` of a document. */
  at(words: WordIds, index: number): T {
    this.#follow(words)
    const id = words.ids[index]
    let value = this.#values[id]
    if (value === undefined) this.#values[id] = value = this.compute(words.vocabulary.text(id))
    return value
  }

  /** The value of every token of a document, in token order. */
  forTokens(words: WordIds): T[] {
    this.#follow(words)
    const { ids, vocabulary } = words
    const values = this.#values
    const out = new Array<T>(ids.length)
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]
      let value = values[id]
      if (value === undefined) values[id] = value = this.compute(vocabulary.text(id))
      out[i] = value
    }
    return out
  }
}
