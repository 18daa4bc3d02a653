import type { KnowledgeBase } from '../../../knowledge/knowledge-base.ts'
import type { KbEntry } from '../../../knowledge/types.ts'
import type { Token } from '../../../text/types.ts'
import type { MentionCandidate } from './mention.ts'

// How much an unambiguous mention says about which country a document is about: a city, region or
// state places it firmly; a person or a nationality somewhat; a country name alone says little,
// since news about one country names others all the time.
function weight(entry: KbEntry): number {
  if (entry.type === 'location') return entry.id.startsWith('country:') ? 0 : 2
  if (entry.type === 'nationality' || entry.type === 'person') return 1
  return 0
}

/** The country an entry stands in, for voting: a country is its own. */
const countryKey = (entry: KbEntry) => entry.country

/**
 * Chooses one knowledge-base entry for every mention that could name several ("Georgia" the
 * country or the US state). A place written right after another place and a comma takes that
 * place's country ("Atlanta, Georgia"); otherwise the reading whose country the places of its own
 * and the neighbouring sentences point to ("In Georgia, … in Tbilisi"), else the rest of the
 * document, wins, and without evidence the first (preferred) reading stays.
 */
export function disambiguate(mentions: MentionCandidate[], kb: KnowledgeBase, tokens: readonly Token[]): void {
  const votes = new Map<string, number>()
  // The same per sentence, for the places around an ambiguous name.
  const sentenceVotes = new Map<number, Map<string, number>>()
  for (const m of mentions) {
    if (m.entries.length !== 1) continue
    const entry = kb.entry(m.entries[0])
    const country = countryKey(entry)
    if (!country || weight(entry) === 0) continue
    votes.set(country, (votes.get(country) ?? 0) + weight(entry))
    let local = sentenceVotes.get(m.sentence)
    if (!local) sentenceVotes.set(m.sentence, (local = new Map()))
    local.set(country, (local.get(country) ?? 0) + weight(entry))
  }
  const byStart = new Map(mentions.map((m) => [m.end, m]))
  for (const m of mentions) {
    if (m.entries.length < 2) continue
    const readings = m.entries.map((i) => kb.entry(i))
    let best = 0
    const comma = tokens[m.start - 1]
    const before = comma && comma.text === ',' ? byStart.get(m.start - 1) : undefined
    const anchor = before && before.entries.length === 1 ? kb.entry(before.entries[0]) : undefined
    if (anchor && anchor.type === 'location' && anchor.country) {
      const k = readings.findIndex((r) => r.type === 'location' && r.country === anchor.country && r.id !== anchor.id)
      if (k >= 0) best = k
    } else {
      // The places of its own sentence and the ones next to it first ("In Georgia, … protests in Tbilisi"), then the document's.
      const near = nearVotes(sentenceVotes, m.sentence)
      const local = near ? bestReading(readings, near) : -1
      if (local >= 0) best = local
      else {
        let bestScore = 0
        readings.forEach((r, k) => {
          const score = countryKey(r) ? (votes.get(countryKey(r) as string) ?? 0) : 0
          if (score > bestScore) [best, bestScore] = [k, score]
        })
      }
    }
    m.entries = [m.entries[best]]
    m.type = readings[best].type
  }
}

// How many sentences on each side of a name count as its neighbourhood.
const NEAR = 1

/** The votes of the sentences within {@link NEAR} of sentence `index`, or null when they hold none. */
function nearVotes(sentenceVotes: ReadonlyMap<number, ReadonlyMap<string, number>>, index: number): Map<string, number> | null {
  let out: Map<string, number> | null = null
  for (let s = index - NEAR; s <= index + NEAR; s++) {
    const local = sentenceVotes.get(s)
    if (!local) continue
    out ??= new Map()
    for (const [country, n] of local) out.set(country, (out.get(country) ?? 0) + n)
  }
  return out
}

/** The reading whose country has the most votes, or -1 when none has any or two tie for the most. */
function bestReading(readings: readonly KbEntry[], votes: ReadonlyMap<string, number>): number {
  let best = -1
  let bestScore = 0
  let tie = false
  readings.forEach((r, k) => {
    const country = countryKey(r)
    const score = country ? (votes.get(country) ?? 0) : 0
    if (score > bestScore) [best, bestScore, tie] = [k, score, false]
    else if (score === bestScore && score > 0 && country !== countryKey(readings[best])) tie = true
  })
  return tie ? -1 : best
}
