import type { DocumentWords } from './document-words.ts'
import type { Coverage } from './mention.ts'
import { CAPITALISED, RUN_WORD, WORD } from './token-classes.ts'
import { COMMON_WORD, FUNCTION_OR_CONTRACTION, JOINER_TEXT, MONTH, ORGANISATION_HEAD, ORGANISATION_JOINER_TEXT, ORGANISATION_WORD, TITLE, WEEKDAY } from './word-facts.ts'

/**
 * Plural nouns without a final "s" that own the names of movements and parties with "'s":
 * "People's Front", "Women's League", "Children's Parliament", "Men's Association".
 */
const PLURALS_WITHOUT_S = new Set(['people', 'women', 'men', 'children'])

// How many tokens after the possessive may come before the name's head word ("People's Front for …"
// has it right away; "Workers' Democratic Socialist Party" three words on).
const HEAD_REACH = 5

// An owner that is a date, a title, a body or a small word owns what follows; it is no part of its name:
// "Monday's Party Congress", "President's Council", "Party's Central Committee", "Its Foreign Office".
const NO_OWNER = FUNCTION_OR_CONTRACTION | TITLE | ORGANISATION_WORD | WEEKDAY | MONTH

/** True when token `k` is a possessive written right after a word: "'s", "’s", or the "'" of "Workers'". */
export function isPossessiveAt(doc: DocumentWords, k: number): boolean {
  const t = doc.tokens[k]
  if (!t || t.spaceBefore || k === 0) return false
  if (t.kind === 'word') return t.text === "'s" || t.text === '’s'
  return t.kind === 'quote' && (t.text === "'" || t.text === '’') && endsWithS(doc.tokens[k - 1].text) && doc.tokens[k + 1]?.spaceBefore === true
}

/**
 * True when the possessive at token `k` joins the capitalised words on both sides into one name,
 * as in the names of movements and parties: "People's Front for Neutrality", "Workers' Party",
 * "Citizens’ Movement", "Democratic Women's League". The owner is a group of people (a plural noun:
 * "Workers", "Veterans", "Pensioners", or "People", "Women" with "'s"), and the capitalised words
 * after it, free of other mentions, reach a word heading organisation names within a few words.
 * A place, person or body owning something ("Russia's Defence Ministry", "Trump's White House",
 * "the Party's Central Committee") is no such owner; the knowledge base's names are mentions already.
 */
export function possessiveJoinsName(doc: DocumentWords, coverage: Coverage, k: number, limit: number): boolean {
  if (!isPossessiveAt(doc, k) || !isGroupOwner(doc, k - 1, doc.tokens[k].kind === 'word')) return false
  return headFollows(doc, coverage, k + 1, limit)
}

/**
 * True when a group's possessive stands right before token `start`, its owner free of mentions:
 * "People's" before "Democratic Alliance" makes a known party's name part of a longer one.
 */
export function ownedByGroup(doc: DocumentWords, coverage: Coverage, start: number): boolean {
  const k = start - 1
  return k > 0 && isPossessiveAt(doc, k) && coverage.ownerOf(k - 1) === -1 && isGroupOwner(doc, k - 1, doc.tokens[k].kind === 'word')
}

// The owner at `i` is a capitalised plural noun naming people: one of PLURALS_WITHOUT_S before "'s";
// before a lone apostrophe a word ending in "s" that is an ordinary word or no word of any name the
// knowledge base knows, nor the plural of one ("Pensioners", but not "Sanders", "Reeves" or "the Clintons'").
function isGroupOwner(doc: DocumentWords, i: number, withS: boolean): boolean {
  if (!(doc.classes[i] & CAPITALISED) || doc.facts[i] & NO_OWNER) return false
  const key = doc.key(i)
  if (withS) return PLURALS_WITHOUT_S.has(key)
  return (doc.facts[i] & COMMON_WORD) !== 0 || (doc.names[i] < 0 && doc.kb.names.trie.word(key.slice(0, -1)) < 0)
}

// Capitalised words from `k` on, free of mentions, with joining words between them ("for", "of the"),
// reach a capitalised word heading organisation names: "Front" in "Front for Neutrality".
function headFollows(doc: DocumentWords, coverage: Coverage, k: number, limit: number): boolean {
  const { classes, facts } = doc
  if (k >= limit || !(classes[k] & RUN_WORD) || facts[k] & (FUNCTION_OR_CONTRACTION | TITLE | WEEKDAY | MONTH)) return false
  for (let n = 0; n < HEAD_REACH && k < limit && coverage.ownerOf(k) === -1; n++, k++) {
    if (classes[k] & RUN_WORD) {
      if (classes[k] & CAPITALISED && facts[k] & ORGANISATION_HEAD) return true
      // "Women's Affairs Minister …": a title ends the name before any head came.
      if (facts[k] & TITLE) return false
    } else if (!(classes[k] & WORD) || !(facts[k] & (JOINER_TEXT | ORGANISATION_JOINER_TEXT))) return false
  }
  return false
}

function endsWithS(text: string): boolean {
  const c = text.charCodeAt(text.length - 1)
  return c === 115 || c === 83
}
