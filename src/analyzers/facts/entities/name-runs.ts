import type { TokenKeys } from '../../../knowledge/token-key.ts'
import type { Sentence, Token } from '../../../text/types.ts'
import type { Coverage } from './mention.ts'
import { isOrganisationWord } from './organisation-words.ts'
import { RUN_WORD, tokenClasses } from './token-classes.ts'
import { isTitleAt, leadingTitles, titleAt } from './titles.ts'
import { FUNCTION_WORDS, isCapitalised, isDateWord, isSentenceInitial, MONTHS, WEEKDAYS } from './token-context.ts'

/** Small words that may sit inside a name run ("Bank of England", "Ban Ki-moon", "Osama bin Laden"). */
const JOINERS = new Set(['of', 'the', 'de', 'del', 'da', 'di', 'du', 'des', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'van', 'von', 'der'])
/** Small words that join words inside organisation names only ("Ministry for Economic Affairs", "Committee to Protect Journalists"). */
const ORGANISATION_JOINERS = new Set(['and', 'on', 'for', 'to', '&'])

/** Words naming what an office is for, in titles such as "Minister for Foreign Affairs" or "Secretary of State". */
const OFFICE_DOMAINS = new Set([
  'state', 'external', 'internal', 'economic', 'public', 'social', 'children', 'women', 'digital', 'climate', 'local', 'defence', 'defense', 'foreign', 'affairs', 'home', 'interior', 'justice', 'health', 'education', 'trade', 'industry',
  'labour', 'labor', 'agriculture', 'transport', 'culture', 'environment', 'economy', 'finance', 'security', 'energy', 'the',
  'treasury', 'commerce', 'development', 'war', 'veterans', 'housing', 'information', 'communications', 'science', 'technology',
])

const CONTRACTION = /^(\p{L}+)['’](?:ve|re|ll|d|m|s|t)$/u

/** A function word, also contracted: "They've", "I'm", "It's". */
function isFunctionWord(key: string): boolean {
  if (FUNCTION_WORDS.has(key)) return true
  if (!key.includes("'")) return false
  const m = CONTRACTION.exec(key)
  return !!m && (FUNCTION_WORDS.has(m[1]) || m[1] === 'i' || m[1] === 'let' || m[1].endsWith('n'))
}

/** A run of capitalised words no mention covers yet: a name the knowledge base does not know. */
export interface NameRun {
  start: number
  end: number
  sentence: number
  /** tokens start..titleEnd are a title before the name ("President" in "President Tokayev") */
  titled: boolean
  /** the run starts the sentence: its first word may be capitalised only for that */
  initial: boolean
}

const APPOSITION_FILLERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'former', 'then', 'now', 'also'])

/**
 * True when a title follows the run after a comma: "Jordan Bardella, president of the National
 * Rally", "Zhang Ming, the organisation's secretary-general" name a person.
 */
export function titledApposition(tokens: readonly Token[], keys: TokenKeys, run: NameRun, sentence: Sentence): boolean {
  let k = run.end
  if (tokens[k]?.text !== ',') return false
  k++
  for (let steps = 0; k < sentence.tokenEnd && steps < 5; k++, steps++) {
    if (isTitleAt(tokens, keys, k)) return true
    const t = tokens[k]
    if (APPOSITION_FILLERS.has(keys(k)) || t.text === "'s" || t.text === '’s' || isCapitalised(t)) continue
    return false
  }
  return false
}

const ORDINAL = /^\d+(?:st|nd|rd|th)$/
// Honours and offices written after a name: "Niamh Doherty TD", "Ed Davey MP".
const POST_NOMINALS = new Set(['td', 'mp', 'mep', 'mla', 'msp', 'qc', 'kc', 'obe', 'mbe', 'cbe', 'phd'])

/**
 * How a run may go on at token `end`: the number of tokens that join the next name word to it
 * ("of the" in "Council of the European Union", "/" in "CDU/CSU"), or 0 when the run stops.
 * "and", "on", "for", "to", "&" and "/" join only inside organisation names ("Committee on
 * Procedure and House Affairs"), so that "Putin and Xi" stay two names.
 */
function joinerLength(tokens: readonly Token[], classes: Uint8Array, keys: TokenKeys, end: number, limit: number, organisation: boolean): number {
  let k = end
  while (k < limit && k - end < 2) {
    const t = tokens[k]
    // "and the" starts a second name: "the Assembly and the Ministry" are two.
    if (JOINERS.has(t.text) && !(k > end && (tokens[k - 1].text === 'and' || tokens[k - 1].text === '&'))) k++
    else if (organisation && k === end && (ORGANISATION_JOINERS.has(t.text) || (t.text === '/' && !t.spaceBefore))) k++
    // "Minister for Foreign Affairs": an office goes on after "for".
    else if (t.text === 'for' && k === end && isTitleAt(tokens, keys, end - 1)) k++
    else break
  }
  if (k === end || k >= limit) return 0
  const next = tokens[k]
  const word = (classes[k] & RUN_WORD) !== 0 || (organisation && next.kind === 'number')
  return word && !WEEKDAYS.has(keys(k)) && !(MONTHS.has(keys(k)) && isDateWord(tokens, keys, k)) ? k - end : 0
}

/**
 * Finds the runs of capitalised words in a sentence that no mention covers, with small joining
 * words inside ("Bank of England"), initials ("George W. Bush") and, in organisation names,
 * "and", "on", numbers and slashes ("Alliance 90/The Greens"). Titles, sentence-opening function
 * words (and, with `isOrdinaryWord`, a sentence-opening ordinary word such as "Officials" before a
 * longer name) and honours after a name are cut off; a title right before a run marks it `titled`.
 */
export function nameRuns(tokens: readonly Token[], keys: TokenKeys, sentence: Sentence, coverage: Coverage, isOrdinaryWord: (key: string) => boolean = () => false): NameRun[] {
  const runs: NameRun[] = []
  const classes = tokenClasses(tokens)
  const isRunWord = (k: number) => (classes[k] & RUN_WORD) !== 0
  const limit = sentence.tokenEnd
  let i = sentence.tokenStart
  while (i < limit) {
    const t = tokens[i]
    const ordinal = t.kind === 'number' && ORDINAL.test(t.text) && i + 1 < limit && isRunWord(i + 1)
    if (!(isRunWord(i) || ordinal) || coverage.ownerOf(i) !== -1) {
      i++
      continue
    }
    let end = i + 1
    let organisation = isOrganisationWord(keys(i))
    while (end < limit && coverage.isFree(end, end + 1)) {
      const next = tokens[end]
      if (isRunWord(end) || (organisation && next.kind === 'number' && (isRunWord(end + 1) || (tokens[end + 1]?.text === '/' && !tokens[end + 1].spaceBefore)))) {
        // A title starts a new run ("Friday President Tokayev"), and so does a word after a weekday.
        const afterWord = isRunWord(end - 1)
        if ((afterWord && !isTitleAt(tokens, keys, end - 1) && titleAt(tokens, keys, end) > 0) || WEEKDAYS.has(keys(end - 1)) || WEEKDAYS.has(keys(end))) break
        organisation ||= isOrganisationWord(keys(end))
        end++
        continue
      }
      const joined = joinerLength(tokens, classes, keys, end, limit, organisation)
      if (joined > 0 && coverage.isFree(end, end + joined + 1)) {
        end += joined
        continue
      }
      break
    }
    let start = i
    let titled = false
    const titles = leadingTitles(tokens, keys, start, end)
    // "General Affairs Council", "Foreign Ministry": a title word heading an organisation's name stays in it.
    if (titles > 0 && !hasOrganisationWordIn(keys, start + titles, end)) {
      start += titles
      titled = true
      // "Secretary of State Antony Blinken", "Minister for Foreign Affairs Wang Yi": the office runs on.
      if (start < end && (tokens[start].text === 'of' || tokens[start].text === 'for')) {
        let k = start + 1
        while (k < end && (OFFICE_DOMAINS.has(keys(k)) || JOINERS.has(tokens[k].text))) k++
        if (k < end) start = k
      }
    }
    // A title may also stand before the run, written in lower case ("said foreign minister Wang Yi"),
    // with its office after "on" or "for" ("spokesperson on Housing Niamh Doherty").
    if (!titled && start > sentence.tokenStart && isTitleAt(tokens, keys, start - 1)) titled = true
    if (!titled && start - 2 >= sentence.tokenStart && (tokens[start - 1].text === 'on' || tokens[start - 1].text === 'for') && isTitleAt(tokens, keys, start - 2)) {
      let k = start
      while (k < end && OFFICE_DOMAINS.has(keys(k))) k++
      if (k > start && k < end) {
        start = k
        titled = true
      }
    }
    // The press office of an organisation speaks for it: "Sinn Féin Press Office" is Sinn Féin.
    if (end - start > 2 && keys(end - 2) === 'press' && (keys(end - 1) === 'office' || keys(end - 1) === 'service' || keys(end - 1) === 'team')) end -= 2
    while (start < end && (isFunctionWord(keys(start)) || JOINERS.has(keys(start)) || (start === i && end - start > 1 && isSentenceInitial(tokens, sentence, start) && isOrdinaryWord(keys(start))))) start++
    while (end > start && (JOINERS.has(tokens[end - 1].text) || ORGANISATION_JOINERS.has(tokens[end - 1].text) || tokens[end - 1].text === '/' || tokens[end - 1].kind === 'number')) end--
    while (end - start > 1 && POST_NOMINALS.has(keys(end - 1)) && /^[A-Z]+$/.test(tokens[end - 1].text)) end--
    if (start < end && !(end - start === 1 && (MONTHS.has(keys(start)) || WEEKDAYS.has(keys(start))) && isDateWord(tokens, keys, start))) {
      runs.push({ start, end, sentence: sentence.index, titled, initial: isSentenceInitial(tokens, sentence, start) })
    }
    i = Math.max(end, i + 1)
  }
  return runs
}

function hasOrganisationWordIn(keys: TokenKeys, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (isOrganisationWord(keys(k))) return true
  return false
}
