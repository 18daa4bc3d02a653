import type { DocumentWords } from './document-words.ts'
import type { NameRun } from './name-runs.ts'
import { WORD } from './token-classes.ts'
import { COMMON_WORD, ORGANISATION_WORD } from './word-facts.ts'

/**
 * True when token `i` opens longer names in the knowledge base, as the given names of its people
 * do ("Lloyd", "Maria"), and is no ordinary English word, no word of organisation names and no
 * title ("National", "Royal" and "Park" open longer names too).
 */
export function opensPersonNames(doc: DocumentWords, i: number): boolean {
  if (!doc.isCapitalised(i) || doc.facts[i] & (COMMON_WORD | ORGANISATION_WORD) || doc.isTitleAt(i)) return false
  const word = doc.names[i]
  if (word < 0) return false
  const { trie } = doc.kb.names
  const node = trie.child(0, word)
  return node >= 0 && trie.hasChildren(node)
}

// An initial: "J." in "Lloyd J. Austin".
const INITIAL = /^\p{Lu}\.?$/u

/**
 * True for a person's name whose surname is also a city the knowledge base knows: a given name,
 * an initial or none, and a surname that alone names a city ("Lloyd Austin", "Lloyd J. Austin",
 * "Karen Dallas"). The knowledge base's city gave way to the longer name; the tagger may still read
 * the whole as a body or a place. A country after a name is none ("According to Campbell Russia
 * provided …").
 */
export function givenNameAndPlace(doc: DocumentWords, run: NameRun): boolean {
  const words: number[] = []
  for (let i = run.start; i < run.end; i++) if (doc.classes[i] & WORD) words.push(i)
  if (words.length < 2 || words.length > 3 || !opensPersonNames(doc, words[0])) return false
  if (words.length === 3 && !INITIAL.test(doc.tokens[words[1]].text)) return false
  const last = words[words.length - 1]
  if (doc.facts[last] & ORGANISATION_WORD || !doc.isCapitalised(last)) return false
  const { kb } = doc
  for (const c of kb.names.lookupWords(doc.names, last, last + 1)) if (kb.entry(c.value).id.startsWith('city:')) return true
  return false
}
