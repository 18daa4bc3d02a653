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
 * place's country ("Atlanta, Georgia"); otherwise the reading whose country the rest of the
 * document points to wins, and without evidence the first (preferred) reading stays.
 */
export function disambiguate(mentions: MentionCandidate[], kb: KnowledgeBase, tokens: readonly Token[]): void {
  const votes = new Map<string, number>()
  for (const m of mentions) {
    if (m.entries.length !== 1) continue
    const entry = kb.entry(m.entries[0])
    const country = countryKey(entry)
    if (country) votes.set(country, (votes.get(country) ?? 0) + weight(entry))
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
      let bestScore = 0
      readings.forEach((r, k) => {
        const score = countryKey(r) ? (votes.get(countryKey(r) as string) ?? 0) : 0
        if (score > bestScore) [best, bestScore] = [k, score]
      })
    }
    m.entries = [m.entries[best]]
    m.type = readings[best].type
  }
}
