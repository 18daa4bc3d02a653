import { ORGANISATION_WORDS } from '../data/organisation-words.ts'
import { PERSON_TITLES, ROLE_WORDS } from '../data/titles.ts'
import type { EnglishWords } from './english-words.ts'
import type { PetrarchActor } from './petrarch-format.ts'

const PERSON_PARTICLES = new Set(['BIN', 'IBN', 'BINT', 'ABU', 'UMM'])
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'])
const SMALL = new Set(['OF', 'THE', 'AND', 'FOR', 'IN', 'ON', 'AT', 'TO', 'AL', 'EL', 'DE', 'A', 'AN', 'BY'])

/** Splits a dictionary phrase into words; "(AAIA)" acronyms come out separately, a leading "THE" is dropped. */
export function phraseWords(phrase: string): { words: string[]; acronyms: string[] } {
  const acronyms: string[] = []
  const withoutParens = phrase.toUpperCase().replace(/\(([^)]*)\)/g, (_, inside: string) => {
    const clean = inside.replace(/_/g, '')
    if (/^[A-Z.\-&]{2,8}$/.test(clean)) acronyms.push(clean)
    return ' '
  })
  const words = withoutParens.split(/[_\s]+/).filter((w) => w !== '' && /[\p{L}\p{N}]/u.test(w))
  while (words.length > 1 && words[0] === 'THE') words.shift()
  return { words, acronyms }
}

const bare = (word: string) => word.toLowerCase().replace(/\.$/, '')

/** True when a name holds a word of organisation names ("ARMY", "MINISTRY"). */
export const hasOrganisationWord = (words: readonly string[]) => words.some((w) => w.split('-').some((p) => ORGANISATION_WORDS.has(bare(p))))

/** True when a phrase holds a role word: it names an office or a reference, not a bearer ("SPOKESMAN", "OFFICIALS"). */
export const hasRoleWord = (words: readonly string[]) => words.some((w) => ROLE_WORDS.has(bare(w)) || w.split('-').some((p) => ROLE_WORDS.has(bare(p))))

/** True when a name of two words or more opens with a title ("PRESIDENT_KARZAI"). */
export const startsWithTitle = (words: readonly string[]) => words.length > 1 && PERSON_TITLES.has(bare(words[0]))

/** A name with no organisation word that starts with a title or a given name, or holds "bin"/"abu" before its last word. */
export function looksLikePerson(name: readonly string[], words: EnglishWords): boolean {
  if (hasOrganisationWord(name)) return false
  if (startsWithTitle(name) || name.slice(0, -1).some((w) => PERSON_PARTICLES.has(w))) return true
  const stripped = stripTitles(name)
  return stripped.length >= 2 && stripped.length <= 5 && words.isGivenName(letters(stripped[0]))
}

/** Drops the titles before a name: "RUSSIAN_PRESIDENT_VLADIMIR_PUTIN" → VLADIMIR PUTIN; "JOHN_MAJOR" stays. */
export function stripTitles(words: readonly string[]): string[] {
  let last = -1
  for (let i = 0; i < words.length - 1; i++) if (PERSON_TITLES.has(bare(words[i])) || words[i].split('-').every((p) => PERSON_TITLES.has(bare(p)))) last = i
  return words.slice(last + 1)
}

/** A word's letters and digits, lower case: what names are compared on. */
export function letters(word: string): string {
  return word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
}

function editDistanceAtMost(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false
  const prev = new Array<number>(b.length + 1)
  for (let j = 0; j <= b.length; j++) prev[j] = j
  for (let i = 1; i <= a.length; i++) {
    let diagonal = prev[0]
    prev[0] = i
    let rowMin = prev[0]
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1))
      diagonal = up
      rowMin = Math.min(rowMin, prev[j])
    }
    if (rowMin > max) return false
  }
  return prev[b.length] <= max
}

function contentWords(words: readonly string[]): string[] {
  return words.flatMap((w) => w.split('-')).filter((w) => !SMALL.has(w)).map(letters).filter((w) => w.length > 1)
}

/** True when two names share a word, allowing for spelling variants ("QAEDA" and "QAIDA"). */
export function shareWord(a: readonly string[], b: readonly string[]): boolean {
  const bs = contentWords(b)
  for (const x of contentWords(a)) {
    for (const y of bs) {
      if (x === y) return true
      const max = Math.min(x.length, y.length) >= 7 ? 2 : Math.min(x.length, y.length) >= 4 ? 1 : 0
      if (max > 0 && editDistanceAtMost(x, y, max)) return true
    }
  }
  return false
}

/**
 * The names of a person actor: its phrase without titles, and those synonyms that share a word with
 * it; a one-word name only when it is the surname and could not be an English word or given name.
 */
export function personNames(actor: PetrarchActor, words: EnglishWords): string[][] {
  const primary = stripTitles(phraseWords(actor.name).words)
  const surname = primary[primary.length - 1]
  const names: string[][] = [primary]
  for (const synonym of actor.synonyms) {
    const stripped = stripTitles(phraseWords(synonym).words)
    if (stripped.length === 0 || hasOrganisationWord(stripped) || hasRoleWord(stripped)) continue
    if (!shareWord(stripped, primary)) continue
    names.push(stripped)
  }
  return names.filter((name, index) => {
    if (name.length > 1) return true
    const lower = letters(name[0])
    // A one-word name stands for a person only when it is the surname and could not be anything else.
    const safe = lower.length >= 4 && !words.isCommonWord(lower) && !words.isGivenName(lower) && !MONTHS.has(lower)
    return safe && (index === 0 || name[0] === surname)
  })
}

/**
 * The names of an organisation or group actor: its phrase, and those synonyms that are its acronym,
 * share a word with it, hold an organisation word, or name an institution with an English noun
 * ("PENTAGON"); never a person listed under it, a role, or a generic word ("ORGANIZATION").
 */
export function organisationNames(actor: PetrarchActor, initialsInCode: ReadonlySet<string>, words: EnglishWords): string[][] {
  const primary = phraseWords(actor.name).words
  const names: string[][] = [primary]
  for (const synonym of actor.synonyms) {
    const { words: name } = phraseWords(synonym)
    if (name.length === 0 || startsWithTitle(name) || hasRoleWord(name) || looksLikePerson(name, words)) continue
    const single = name.length === 1
    const word = single ? letters(name[0]) : ''
    const acronym = single && initialsInCode.has(word.toUpperCase())
    // "Organization" alone names no organisation (PETRARCH lists it under "Tanzim").
    if (single && !acronym && (words.isGivenName(word) || ORGANISATION_WORDS.has(word))) continue
    // A one-word name that is an English noun stands for the institution ("Pentagon", "Kremlin"),
    // unless the noun is generic ("Senate", "Congress": every country has one).
    const institution = single && !acronym && words.isCommonWord(word) && !ORGANISATION_WORDS.has(word)
    if (single && !acronym && !institution && words.isCommonWord(word)) continue
    if (acronym || institution || shareWord(name, primary) || hasOrganisationWord(name)) names.push(name)
  }
  return names
}
