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

// A Korean given name of two syllables joined by a hyphen, the second in lower case: "Min-jun", "Jae-in", "Suk-yeol".
const KOREAN_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{1,5}$/u
// Korean place suffixes written the same way: "Gyeonggi-do", "Pyeongtaek-si", "Jung-gu", "Sejong-ro".
const KOREAN_PLACE_SUFFIX = /-(?:do|si|gun|gu|dong|ri|eup|myeon|ro|gil)$/
// The commonest Korean family names in their usual romanisations, which most Koreans bear
// (Statistics Korea, 2015 census of family names).
const KOREAN_FAMILY_NAMES = new Set([
  'kim', 'lee', 'yi', 'rhee', 'park', 'pak', 'choi', 'choe', 'jung', 'jeong', 'chung', 'kang', 'cho', 'jo', 'yoon', 'yun', 'jang',
  'chang', 'lim', 'im', 'han', 'oh', 'seo', 'suh', 'shin', 'sin', 'kwon', 'hwang', 'ahn', 'an', 'song', 'jeon', 'chun', 'hong',
  'yoo', 'yu', 'ryu', 'ko', 'go', 'moon', 'mun', 'yang', 'son', 'sohn', 'bae', 'baek', 'paik', 'heo', 'huh', 'nam', 'shim', 'sim',
  'noh', 'roh', 'ha', 'kwak', 'sung', 'seong', 'cha', 'joo', 'ju', 'woo', 'min', 'na', 'jin', 'ji', 'eom', 'um', 'chae', 'won',
  'cheon', 'bang', 'kong', 'hyun', 'ham', 'byun', 'yeom', 'yeo', 'choo', 'do', 'seok', 'seol', 'ma', 'gil', 'wi', 'pyo', 'myung',
  'ki', 'ban', 'ra', 'wang', 'ok', 'yook', 'maeng', 'tak', 'kook', 'eun',
])

/**
 * True for a Korean name written family name first: a common Korean family name and a given
 * name of two syllables ("Park Min-jun", "Moon Jae-in", "Yoon Suk-yeol"). A place written with a
 * suffix ("North Gyeongsang-do") is none, nor an English compound ("Cold War-era"); "Park" reads
 * as a place's word to the tagger, which makes such names places.
 */
export function isKoreanName(doc: DocumentWords, run: NameRun): boolean {
  if (run.end - run.start !== 2) return false
  const family = doc.tokens[run.start].text
  const given = doc.tokens[run.start + 1].text
  return KOREAN_FAMILY_NAMES.has(family.toLowerCase()) && KOREAN_GIVEN_NAME.test(given) && !KOREAN_PLACE_SUFFIX.test(given)
}
