import type { KnowledgeBase } from '../../../knowledge/knowledge-base.ts'
import { AliasFlag } from '../../../knowledge/types.ts'
import type { Sentence } from '../../../text/types.ts'
import type { DocumentWords } from './document-words.ts'
import { CAPITALISED, WORD } from './token-classes.ts'
import { FUNCTION_WORD, ORGANISATION_HEAD } from './word-facts.ts'

/**
 * Head nouns that news writes in lower case after the distinctive words of a party's or a bloc's
 * name: "the North Atlantic alliance", "the Democratic party", "the Shanghai Cooperation
 * organisation". Heads of institutions ("army", "government", "police") are left out: "Russian
 * army" is the army of a country, not a name.
 */
const LOWER_CASE_HEADS = new Set(['alliance', 'organisation', 'organization', 'party', 'movement', 'front', 'league', 'coalition', 'bloc', 'union'])

// How many capitalised words before the head may belong to the name.
const REACH = 4

/** A knowledge-base organisation or group named with its head noun in lower case: tokens `start`..`end`. */
export interface LowerCaseHeadName {
  start: number
  end: number
  entries: number[]
}

/**
 * Knowledge-base organisations and armed groups written with their head noun in lower case: "the
 * North Atlantic alliance" is NATO when the knowledge base knows "North Atlantic Alliance", "the
 * Shanghai Cooperation organisation" the SCO. The longest name ending at the head wins; names
 * whose words before the head are not all capitalised ("the ruling party") or that go on after it
 * ("the Democratic party of Serbia") are not read, and a
 * name whose words before the head already name the entry keeps to them ("Houthi" in "the Houthi
 * movement").
 */
export function lowerCaseHeadNames(kb: KnowledgeBase, doc: DocumentWords, sentence: Sentence): LowerCaseHeadName[] {
  const { classes, facts } = doc
  const out: LowerCaseHeadName[] = []
  for (let j = sentence.tokenStart + 1; j < sentence.tokenEnd; j++) {
    if ((classes[j] & (WORD | CAPITALISED)) !== WORD || !(facts[j] & ORGANISATION_HEAD) || !(classes[j - 1] & CAPITALISED)) continue
    if (!LOWER_CASE_HEADS.has(doc.key(j)) || goesOnWithOf(doc, j, sentence.tokenEnd)) continue
    const found = longestNameEndingAt(kb, doc, sentence, j)
    if (found) out.push(found)
  }
  return out
}

// "the Democratic party of Serbia": a name going on after the head is another party's, not the known one.
function goesOnWithOf(doc: DocumentWords, head: number, limit: number): boolean {
  return head + 2 < limit && doc.tokens[head + 1].text === 'of' && (doc.classes[head + 2] & CAPITALISED) !== 0
}

// The longest knowledge-base organisation or group whose name is capitalised words and then the head at `head`.
function longestNameEndingAt(kb: KnowledgeBase, doc: DocumentWords, sentence: Sentence, head: number): LowerCaseHeadName | null {
  let first = head
  while (first > sentence.tokenStart && head - first < REACH && doc.classes[first - 1] & CAPITALISED && !(doc.facts[first - 1] & FUNCTION_WORD)) first--
  for (let start = first; start < head; start++) {
    const entries = organisationEntries(kb, kb.names.lookupWords(doc.names, start, head + 1))
    if (entries.length === 0) continue
    // "the Houthi movement": when the words before the head name the same entry, they are the mention.
    if (namesAny(kb.names.lookupWords(doc.names, start, head), entries)) return null
    return { start, end: head + 1, entries }
  }
  return null
}

// True when one of the candidates is one of the entries.
function namesAny(candidates: readonly { value: number }[], entries: readonly number[]): boolean {
  for (const c of candidates) if (entries.includes(c.value)) return true
  return false
}

// The entries of organisations and armed groups among a look-up's candidates, acronyms left out.
function organisationEntries(kb: KnowledgeBase, candidates: readonly { value: number, flags: number }[]): number[] {
  const out: number[] = []
  for (const c of candidates) {
    if (c.flags & AliasFlag.exactCase || out.includes(c.value)) continue
    const type = kb.entry(c.value).type
    if (type === 'organization' || type === 'group') out.push(c.value)
  }
  return out
}
