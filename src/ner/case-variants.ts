import type { TaggedSentence } from './conll-format.ts'

// Short words that headline style leaves in lower case.
const MINOR_WORDS = new Set('a an and as at but by for from in into nor of on or per the to vs via with'.split(' '))

/**
 * The sentence as a title-case headline would write it: every lower-case word capitalised except short
 * function words after the first. Tags are unchanged.
 *
 * @example
 * titleCase({ words: ['troops', 'arrive', 'in', 'Poland'], tags: ['O', 'O', 'O', 'B-LOC'] }).words
 * // ['Troops', 'Arrive', 'in', 'Poland']
 */
export function titleCase({ words, tags }: TaggedSentence): TaggedSentence {
  return {
    words: words.map((w, i) => (/^\p{Ll}/u.test(w) && (i === 0 || !MINOR_WORDS.has(w)) ? w[0].toUpperCase() + w.slice(1) : w)),
    tags: [...tags],
  }
}

/**
 * The sentence in capitals, as in wire headlines. Tags are unchanged.
 *
 * @example
 * upperCase({ words: ['troops', 'arrive'], tags: ['O', 'O'] }).words // ['TROOPS', 'ARRIVE']
 */
export function upperCase({ words, tags }: TaggedSentence): TaggedSentence {
  return { words: words.map((w) => w.toUpperCase()), tags: [...tags] }
}
