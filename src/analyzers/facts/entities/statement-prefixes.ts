import type { DocumentWords } from './document-words.ts'
import { hasOrganisationWord } from './organisation-words.ts'

/**
 * Words that open the line under a release's headline and name what speaks for an organisation,
 * not the organisation: "Statement of the …", "Press Office of …", and the words of a report or of
 * units before the body they belong to ("Summary of the Ministry of Defence", "Units of the Zapad
 * Group of Forces"). Each is followed by "of" or "by"
 * and the organisation's name. Keys, as `tokenKey` writes them.
 */
const STATEMENT_PREFIXES: readonly (readonly string[])[] = [
  ['statement'],
  ['joint', 'statement'],
  ['press', 'statement'],
  ['press', 'release'],
  ['communique'],
  ['declaration'],
  ['press', 'office'],
  ['press', 'service'],
  ['press', 'centre'],
  ['press', 'center'],
  ['press', 'department'],
  ['media', 'office'],
  ['media', 'centre'],
  ['media', 'center'],
  ['media', 'service'],
  ['information', 'department'],
  ['information', 'office'],
  ['communications', 'office'],
  // daily reports and the units a report speaks of: "Summary of the Ministry of Defence", "Units of the Zapad Group of Forces"
  ['summary'],
  ['report'],
  ['update'],
  ['briefing'],
  ['units'],
  ['troops'],
  ['servicemen'],
]

// The first words of the prefixes: most runs open with none of them.
const FIRST_WORDS: ReadonlySet<string> = new Set(STATEMENT_PREFIXES.map((words) => words[0]))

// Where the words of a statement or a press office end when tokens from `start` open with them and
// "of" or "by" follows (within the run or right after it): the index of that "of" or "by", else
// `start`. "Statement of the Democratic Resistance Council" gives the index of "of".
function statementPrefixEnd(doc: DocumentWords, start: number, end: number): number {
  if (!FIRST_WORDS.has(doc.key(start))) return start
  for (const words of STATEMENT_PREFIXES) {
    const after = start + words.length
    if (after > end || !matchesAt(doc, start, words)) continue
    const joiner = doc.tokens[after]?.text
    if (joiner === 'of' || joiner === 'by') return after
  }
  return start
}

/**
 * Where the organisation's name starts in tokens `start`..`end` that open with a statement's or a
 * press office's words: after "of" when what follows holds a word of organisation names ("Press
 * Office of the Civic Union" gives the index of "the"); `start` when the words are the name's own
 * ("Declaration of Independence"); `end` when they are all there is ("Statement" before "by the
 * Council", "Media Office" before "of" and a name the knowledge base knows), for they name no one.
 */
export function afterStatementPrefix(doc: DocumentWords, start: number, end: number): number {
  const joiner = statementPrefixEnd(doc, start, end)
  if (joiner === start) return start
  if (joiner >= end) return end
  return hasOrganisationWord(doc, joiner + 1, end) ? joiner + 1 : start
}

function matchesAt(doc: DocumentWords, start: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (doc.key(start + k) !== words[k]) return false
  return true
}

// The words of a press office's name: "Press Office", "Media Centre", "Information Department".
const SPEAKER_FIRST: ReadonlySet<string> = new Set(['press', 'media', 'communications', 'information'])
const SPEAKER_LAST: ReadonlySet<string> = new Set(['office', 'service', 'team', 'unit', 'department', 'centre', 'center'])

/**
 * True when token `k` ends the words of a press office ("Office" in "Press Office", "Centre" in
 * "Media Centre"): an organisation's press office speaks for it and is no longer name of its own
 * ("Sinn Féin Press Office", "Media Office of Hamas").
 */
export function endsPressOffice(doc: DocumentWords, k: number): boolean {
  return k > 0 && SPEAKER_LAST.has(doc.key(k)) && SPEAKER_FIRST.has(doc.key(k - 1))
}
