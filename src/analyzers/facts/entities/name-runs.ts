import type { TokenKeys } from '../../../knowledge/token-key.ts'
import type { Sentence, Token } from '../../../text/types.ts'
import type { Coverage } from './mention.ts'
import { isOrganisationWord } from './organisation-words.ts'
import { isTitleAt, leadingTitles } from './titles.ts'
import { FUNCTION_WORDS, isCapitalised, isDateWord, isSentenceInitial, MONTHS, WEEKDAYS } from './token-context.ts'

/** Small words that may sit inside a name run ("Bank of England", "Ban Ki-moon", "Osama bin Laden"). */
const JOINERS = new Set(['of', 'the', 'for', 'and', 'de', 'del', 'da', 'di', 'du', 'des', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'van', 'von', 'der', '&'])

/** Words naming what an office is for, in titles such as "Minister for Foreign Affairs" or "Secretary of State". */
const OFFICE_DOMAINS = new Set([
  'state', 'defence', 'defense', 'foreign', 'affairs', 'home', 'interior', 'justice', 'health', 'education', 'trade', 'industry',
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

function isRunWord(token: Token): boolean {
  if (token.kind !== 'word') return false
  if (isCapitalised(token)) return true
  // "al-Assad", "d'Estaing"
  const c = token.text.charCodeAt(1)
  const d = token.text.charCodeAt(2)
  const e = token.text.charCodeAt(3)
  if (c !== 45 && c !== 39 && d !== 45 && d !== 39 && e !== 45 && e !== 39 && c !== 8217 && d !== 8217) return false
  return /^\p{Ll}{1,3}[-'’]\p{Lu}/u.test(token.text)
}

/**
 * Finds the runs of capitalised words in a sentence that no mention covers, with small joining
 * words inside ("Bank of England") and initials ("George W. Bush"). Titles and sentence-opening
 * function words are cut from the front; a title right before a run marks it `titled`.
 */
export function nameRuns(tokens: readonly Token[], keys: TokenKeys, sentence: Sentence, coverage: Coverage): NameRun[] {
  const runs: NameRun[] = []
  let i = sentence.tokenStart
  while (i < sentence.tokenEnd) {
    const t = tokens[i]
    if (!coverage.isFree(i, i + 1) || !isRunWord(t)) {
      i++
      continue
    }
    let end = i + 1
    while (end < sentence.tokenEnd && coverage.isFree(end, end + 1)) {
      const next = tokens[end]
      if (isRunWord(next)) {
        end++
        continue
      }
      const joinerEnd = end + 1
      if (JOINERS.has(next.text) && joinerEnd < sentence.tokenEnd && coverage.isFree(joinerEnd, joinerEnd + 1) && isRunWord(tokens[joinerEnd]) && !isTitleAt(tokens, keys, joinerEnd)) {
        end = joinerEnd
        continue
      }
      break
    }
    let start = i
    let titled = false
    const titles = leadingTitles(tokens, keys, start, end)
    // "General Assembly", "Foreign Ministry": a title word heading an organisation's name stays in it.
    if (titles > 0 && !isOrganisationWord(keys(start + titles))) {
      start += titles
      titled = true
      // "Secretary of State Antony Blinken", "Minister for Foreign Affairs Wang Yi": the office runs on.
      if (start < end && (tokens[start].text === 'of' || tokens[start].text === 'for')) {
        let k = start + 1
        while (k < end && (OFFICE_DOMAINS.has(keys(k)) || JOINERS.has(tokens[k].text))) k++
        if (k < end) start = k
      }
    }
    // A title may also stand before the run, written in lower case ("said foreign minister Wang Yi").
    if (!titled && start > sentence.tokenStart && isTitleAt(tokens, keys, start - 1)) titled = true
    while (start < end && (isFunctionWord(keys(start)) || JOINERS.has(keys(start)))) start++
    while (end > start && JOINERS.has(tokens[end - 1].text)) end--
    if (start < end && !(end - start === 1 && (MONTHS.has(keys(start)) || WEEKDAYS.has(keys(start))) && isDateWord(tokens, keys, start))) {
      runs.push({ start, end, sentence: sentence.index, titled, initial: isSentenceInitial(tokens, sentence, start) })
    }
    i = Math.max(end, i + 1)
  }
  return runs
}
