import type { DocumentWords } from './document-words.ts'
import type { NameRun } from './name-runs.ts'
import { CAPITALISED } from './token-classes.ts'
import { FUNCTION_WORD, JOINER } from './word-facts.ts'

/** The longest run of capitalised words looked for in the body. */
const LONGEST = 6

/**
 * Names in a headline written in title case, where every word is capitalised and capitals show no
 * name: "Austin Meets With Philippine Counterpart, Reaffirms Ironclad Alliance". A run of such a
 * headline keeps only its longest stretch that the body also writes as capitalised words ("Austin"),
 * and is dropped when the body has none of it ("Reaffirms Ironclad Alliance"). A run in capitals (a
 * dateline's "GENEVA", an acronym) stays, and so do the runs of a document whose sentences are all in
 * title case: it has no body to ask.
 */
export class HeadlineNames {
  #body: Set<string> | null = null
  readonly #doc: DocumentWords

  constructor(doc: DocumentWords) {
    this.#doc = doc
  }

  /** The capitalised word sequences of the body (its sentences not in title case or capitals), as keys joined by spaces; null when it has none. */
  #bodyNames(): Set<string> | null {
    if (this.#body) return this.#body.size > 0 ? this.#body : null
    const doc = this.#doc
    const body = new Set<string>()
    for (const sentence of doc.sentences) {
      if (doc.sentenceCase(sentence) !== 'mixed') continue
      for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
        let key = ''
        for (let k = i; k < Math.min(sentence.tokenEnd, i + LONGEST) && doc.classes[k] & CAPITALISED; k++) {
          key = k === i ? doc.key(k) : `${key} ${doc.key(k)}`
          body.add(key)
        }
      }
    }
    this.#body = body
    return body.size > 0 ? body : null
  }

  /** The run, trimmed to its longest stretch of capitalised words the body also names, or null when there is none. */
  confirm(run: NameRun): NameRun | null {
    const doc = this.#doc
    // A dateline's place ("GENEVA / PORT SUDAN, 16 February") and an acronym are written in capitals on purpose.
    if (this.#inCapitals(run)) return run
    const body = this.#bodyNames()
    if (!body) return run
    for (let length = Math.min(LONGEST, run.end - run.start); length > 0; length--) {
      for (let a = run.start; a + length <= run.end; a++) {
        let key = ''
        let capitalised = true
        for (let k = a; k < a + length && capitalised; k++) {
          capitalised = (doc.classes[k] & CAPITALISED) !== 0
          key = k === a ? doc.key(k) : `${key} ${doc.key(k)}`
        }
        if (capitalised && body.has(key)) return this.#trimmed(run, a, a + length)
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
