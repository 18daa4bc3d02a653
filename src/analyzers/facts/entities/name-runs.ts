import type { Sentence } from '../../../text/types.ts'
import type { DocumentWords } from './document-words.ts'
import type { Coverage } from './mention.ts'
import { RUN_WORD } from './token-classes.ts'
import { leadingTitles, titleAt } from './titles.ts'
import { isDateWord } from './token-context.ts'
import { COMMON_WORD, FUNCTION_OR_CONTRACTION, JOINER, JOINER_TEXT, MONTH, OFFICE_DOMAIN, ORDINAL, ORGANISATION_HEAD, ORGANISATION_JOINER_TEXT, POST_NOMINAL, WEEKDAY } from './word-facts.ts'

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
export function titledApposition(doc: DocumentWords, run: NameRun, sentence: Sentence): boolean {
  const { tokens } = doc
  let k = run.end
  if (tokens[k]?.text !== ',') return false
  k++
  for (let steps = 0; k < sentence.tokenEnd && steps < 5; k++, steps++) {
    if (doc.isTitleAt(k)) return true
    const t = tokens[k]
    if (APPOSITION_FILLERS.has(doc.key(k)) || t.text === "'s" || t.text === '’s' || doc.isCapitalised(k)) continue
    return false
  }
  return false
}

/**
 * How a run may go on at token `end`: the number of tokens that join the next name word to it
 * ("of the" in "Council of the European Union", "/" in "CDU/CSU"), or 0 when the run stops.
 * "and", "on", "for", "to", "&" and "/" join only inside organisation names ("Committee on
 * Procedure and House Affairs"), so that "Putin and Xi" stay two names.
 */
function joinerLength(doc: DocumentWords, end: number, limit: number, organisation: boolean): number {
  const { tokens, facts } = doc
  let k = end
  while (k < limit && k - end < 2) {
    const t = tokens[k]
    // "and the" starts a second name: "the Assembly and the Ministry" are two.
    if (facts[k] & JOINER_TEXT && !(k > end && (tokens[k - 1].text === 'and' || tokens[k - 1].text === '&'))) k++
    else if (organisation && k === end && (facts[k] & ORGANISATION_JOINER_TEXT || (t.text === '/' && !t.spaceBefore))) k++
    // "Minister for Foreign Affairs": an office goes on after "for".
    else if (t.text === 'for' && k === end && doc.isTitleAt(end - 1)) k++
    else break
  }
  if (k === end || k >= limit) return 0
  const word = (doc.classes[k] & RUN_WORD) !== 0 || (organisation && tokens[k].kind === 'number')
  return word && !(facts[k] & WEEKDAY) && !(facts[k] & MONTH && isDateWord(doc, k)) ? k - end : 0
}

/**
 * Finds the runs of capitalised words in a sentence that no mention covers, with small joining
 * words inside ("Bank of England"), initials ("George W. Bush") and, in organisation names,
 * "and", "on", numbers and slashes ("Alliance 90/The Greens"). Titles, sentence-opening function
 * words (and, with `ordinaryWords`, a sentence-opening ordinary word such as "Officials" before a
 * longer name) and honours after a name are cut off; a title right before a run marks it `titled`.
 */
export function nameRuns(doc: DocumentWords, sentence: Sentence, coverage: Coverage, ordinaryWords = false): NameRun[] {
  const runs: NameRun[] = []
  const { tokens, classes, facts } = doc
  const limit = sentence.tokenEnd
  let i = sentence.tokenStart
  while (i < limit) {
    const ordinal = tokens[i].kind === 'number' && (facts[i] & ORDINAL) !== 0 && i + 1 < limit && (classes[i + 1] & RUN_WORD) !== 0
    if (!((classes[i] & RUN_WORD) !== 0 || ordinal) || coverage.ownerOf(i) !== -1) {
      i++
      continue
    }
    let end = i + 1
    let organisation = (facts[i] & ORGANISATION_HEAD) !== 0
    while (end < limit && coverage.isFree(end, end + 1)) {
      const after = end + 1
      if ((classes[end] & RUN_WORD) !== 0 || (organisation && tokens[end].kind === 'number' && ((after < tokens.length && (classes[after] & RUN_WORD) !== 0) || (tokens[after]?.text === '/' && !tokens[after].spaceBefore)))) {
        // A title starts a new run ("Friday President Tokayev"), and so does a word after a weekday.
        const afterWord = (classes[end - 1] & RUN_WORD) !== 0
        if ((afterWord && !doc.isTitleAt(end - 1) && titleAt(doc, end) > 0) || facts[end - 1] & WEEKDAY || facts[end] & WEEKDAY) break
        organisation ||= (facts[end] & ORGANISATION_HEAD) !== 0
        end++
        continue
      }
      const joined = joinerLength(doc, end, limit, organisation)
      if (joined > 0 && coverage.isFree(end, end + joined + 1)) {
        end += joined
        continue
      }
      break
    }
    let start = i
    let titled = false
    const titles = leadingTitles(doc, start, end)
    // "General Affairs Council", "Foreign Ministry": a title word heading an organisation's name stays in it.
    if (titles > 0 && !hasOrganisationHead(doc, start + titles, end)) {
      start += titles
      titled = true
      // "Secretary of State Antony Blinken", "Minister for Foreign Affairs Wang Yi": the office runs on.
      if (start < end && (tokens[start].text === 'of' || tokens[start].text === 'for')) {
        let k = start + 1
        while (k < end && (facts[k] & (OFFICE_DOMAIN | JOINER_TEXT)) !== 0) k++
        if (k < end) start = k
      }
    }
    // A title may also stand before the run, written in lower case ("said foreign minister Wang Yi"),
    // with its office after "on" or "for" ("spokesperson on Housing Niamh Doherty").
    if (!titled && start > sentence.tokenStart && doc.isTitleAt(start - 1)) titled = true
    if (!titled && start - 2 >= sentence.tokenStart && (tokens[start - 1].text === 'on' || tokens[start - 1].text === 'for') && doc.isTitleAt(start - 2)) {
      let k = start
      while (k < end && facts[k] & OFFICE_DOMAIN) k++
      if (k > start && k < end) {
        start = k
        titled = true
      }
    }
    // The press office of an organisation speaks for it: "Sinn Féin Press Office" is Sinn Féin.
    if (end - start > 2 && doc.key(end - 2) === 'press' && isOfficeWord(doc.key(end - 1))) end -= 2
    while (start < end && ((facts[start] & (FUNCTION_OR_CONTRACTION | JOINER)) !== 0 || (ordinaryWords && start === i && end - start > 1 && (facts[start] & COMMON_WORD) !== 0 && doc.isSentenceInitial(sentence, start)))) start++
    while (end > start && ((facts[end - 1] & (JOINER_TEXT | ORGANISATION_JOINER_TEXT)) !== 0 || tokens[end - 1].text === '/' || tokens[end - 1].kind === 'number')) end--
    while (end - start > 1 && facts[end - 1] & POST_NOMINAL) end--
    if (start < end && !(end - start === 1 && facts[start] & (MONTH | WEEKDAY) && isDateWord(doc, start))) {
      runs.push({ start, end, sentence: sentence.index, titled, initial: doc.isSentenceInitial(sentence, start) })
    }
    i = Math.max(end, i + 1)
  }
  return runs
}

function isOfficeWord(key: string): boolean {
  return key === 'office' || key === 'service' || key === 'team'
}

function hasOrganisationHead(doc: DocumentWords, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (doc.facts[k] & ORGANISATION_HEAD) return true
  return false
}
