import type { Token } from '../../../text/types.ts'
import type { DocumentWords } from './document-words.ts'
import type { Coverage, MentionCandidate } from './mention.ts'
import { HEAD_OTHER, HEAD_SHIFT } from './word-facts.ts'

/**
 * Names of meetings, talks and agreements between countries hold the countries' names and a
 * format before their own words: "India–Japan 2+2 Ministerial Dialogue", "US-China Strategic
 * Dialogue", "EU–Ukraine Summit". The longest name wins, so the countries are no mentions of
 * their own there.
 */

const DASHES = new Set(['-', '–', '—'])
const PARTY_TYPES = new Set(['location', 'nationality', 'organization'])

/** True when tokens k-3..k-1 are a format such as "2+2", written without spaces. */
function formatBefore(tokens: readonly Token[], k: number): boolean {
  return k >= 3 && tokens[k - 1].kind === 'number' && !tokens[k - 1].spaceBefore && tokens[k - 2].text === '+' && !tokens[k - 2].spaceBefore && tokens[k - 3].kind === 'number'
}

/**
 * Widens the names of meetings and agreements (`other` names ending in such a head word) over the
 * parties and the format written before them, and returns the candidates they take in, which are
 * no mentions any more. `coverage` is updated.
 */
export function widenMeetingNames(candidates: MentionCandidate[], doc: DocumentWords, coverage: Coverage): Set<number> {
  const { tokens } = doc
  const taken = new Set<number>()
  candidates.forEach((m, index) => {
    if (m.type !== 'other' || m.chars || m.end - m.start < 2 || ((doc.facts[m.end - 1] >>> HEAD_SHIFT) & 3) !== HEAD_OTHER) return
    const floor = doc.sentences[m.sentence].tokenStart
    let k = m.start
    if (formatBefore(tokens, k) && k - 3 >= floor) k -= 3
    const parties: number[] = []
    const party = (i: number) => {
      const owner = coverage.ownerOf(i)
      return owner !== -1 && owner !== index && PARTY_TYPES.has(candidates[owner].type) && !taken.has(owner) ? owner : -1
    }
    const second = k - 1 >= floor && tokens[k].spaceBefore ? party(k - 1) : -1
    if (second !== -1) {
      const b = candidates[second]
      const hyphenated = b.chars !== undefined && b.end === k
      if (hyphenated) {
        // "US-China Strategic Dialogue": both parties in one hyphenated word.
        for (let j = 0; j < candidates.length; j++) if (candidates[j].start === b.start && candidates[j].chars) parties.push(j)
        k = b.start
      } else if (b.end === k && b.start - 2 >= floor && DASHES.has(tokens[b.start - 1].text) && !tokens[b.start - 1].spaceBefore && !tokens[b.start].spaceBefore) {
        // "India–Japan 2+2 Ministerial Dialogue": two parties joined by a dash.
        const first = party(b.start - 2)
        if (first !== -1 && candidates[first].end === b.start - 1 && !candidates[first].chars) {
          parties.push(first, second)
          k = candidates[first].start
        }
      }
    }
    // "EU–Ukraine Summit": the second party opens the name itself.
    if (parties.length === 0 && k === m.start && k - 2 >= floor && DASHES.has(tokens[k - 1].text) && !tokens[k - 1].spaceBefore && !tokens[k].spaceBefore) {
      const first = party(k - 2)
      if (first !== -1 && candidates[first].end === k - 1 && !candidates[first].chars) {
        parties.push(first)
        k = candidates[first].start
      }
    }
    if (parties.length === 0 && k === m.start) return
    // A format alone ("2+2 Dialogue") widens the name too; parties only come with their dash.
    if (parties.length === 0 && k !== m.start - 3) return
    for (const p of parties) taken.add(p)
    coverage.claim(k, m.start, index)
    m.start = k
  })
  return taken
}
