import type { DocumentWords } from './document-words.ts'
import type { NameRun } from './name-runs.ts'
import { CAPITALISED } from './token-classes.ts'
import { FUNCTION_WORD, JOINER } from './word-facts.ts'

/** The longest stretch of a headline's run looked for in the body, in words. */
const LONGEST = 6

/**
 * Names in a headline written in title case, where every word is capitalised and capitals show no
 * name: "Austin Meets With Philippine Counterpart, Reaffirms Ironclad Alliance". A run of such a
 * headline keeps only its longest stretch that the body also writes, word for word and capitalised
 * ("Austin"), and is dropped when the body has none of it ("Reaffirms Ironclad Alliance"). A run in
 * capitals (a dateline's "GENEVA", an acronym) stays, and so do the runs of a document whose
 * sentences are all in title case: it has no body to ask.
 */
export class HeadlineNames {
  /** where each capitalised word of the body (by vocabulary id) stands; null until asked, empty when there is no body */
  #body: Map<number, number[]> | null = null
  readonly #doc: DocumentWords

  constructor(doc: DocumentWords) {
    this.#doc = doc
  }

  /** The capitalised words of the body (its sentences in mixed case), by id, with their token indices. */
  #bodyWords(): Map<number, number[]> {
    if (this.#body) return this.#body
    const doc = this.#doc
    const { ids } = doc.words
    const body = new Map<number, number[]>()
    for (const sentence of doc.sentences) {
      if (doc.sentenceCase(sentence) !== 'mixed') continue
      for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
        if (!(doc.classes[i] & CAPITALISED)) continue
        const at = body.get(ids[i])
        if (at) at.push(i)
        else body.set(ids[i], [i])
      }
    }
    return (this.#body = body)
  }

  /** Whether the body writes the words [a, a + length) of the headline, in that order and capitalised. */
  #inBody(body: Map<number, number[]>, a: number, length: number): boolean {
    const { ids } = this.#doc.words
    const { classes } = this.#doc
    for (const k of body.get(ids[a]) ?? []) {
      let n = 1
      while (n < length && ids[k + n] === ids[a + n] && classes[k + n] & CAPITALISED) n++
      if (n === length) return true
    }
    return false
  }

  /** The run, trimmed to its longest stretch of capitalised words the body also names, or null when there is none. */
  confirm(run: NameRun): NameRun | null {
    if (this.#inCapitals(run)) return run
    const body = this.#bodyWords()
    if (body.size === 0) return run
    const { classes } = this.#doc
    for (let length = Math.min(LONGEST, run.end - run.start); length > 0; length--) {
      for (let a = run.start; a + length <= run.end; a++) {
        let capitalised = true
        for (let k = a; k < a + length && capitalised; k++) capitalised = (classes[k] & CAPITALISED) !== 0
        if (capitalised && this.#inBody(body, a, length)) return this.#trimmed(run, a, a + length)
      }
    }
    return null
  }

  #inCapitals(run: NameRun): boolean {
    const { tokens } = this.#doc
    for (let k = run.start; k < run.end; k++) {
      const text = tokens[k].text
      if (tokens[k].kind === 'word' && text !== text.toUpperCase()) return false
    }
    return true
  }

  /** The run cut to [a, b), less small words at its ends ("Al" of "Al Franken" is read as a particle elsewhere too). */
  #trimmed(run: NameRun, a: number, b: number): NameRun | null {
    const { facts } = this.#doc
    while (a < b && facts[a] & (JOINER | FUNCTION_WORD)) a++
    while (b > a && facts[b - 1] & (JOINER | FUNCTION_WORD)) b--
    if (a === b) return null
    return a === run.start && b === run.end ? run : { ...run, start: a, end: b, titled: run.titled && a === run.start, initial: run.initial && a === run.start }
  }
}
