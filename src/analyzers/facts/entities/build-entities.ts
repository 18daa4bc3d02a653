import type { KnowledgeBase } from '../../../knowledge/knowledge-base.ts'
import type { Entity, EntityType, Mention } from '../../../report/schema.ts'
import type { Token } from '../../../text/types.ts'
import type { MentionCandidate } from './mention.ts'

// Sources whose canonical names are written for display; PETRARCH's are rebuilt from capitals,
// so the document's own spelling of a name is preferred to them when it is as full.
const DISPLAY_SOURCES = new Set(['world-countries', 'geonames', 'unspun-curated'])

const SPACES = /\s+/g
function wordCount(text: string): number {
  let count = 1
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) count++
  return count
}
// A name broken over a line is still one name.
const clean = (text: string) => (/[\t\n\r\u00a0]| {2}/.test(text) ? text.replace(SPACES, ' ') : text)

function distinctIgnoringCase(texts: readonly string[]): string[] {
  const seen = new Set<string>()
  return texts.filter((t) => {
    const key = t.toLowerCase()
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

const TYPE_ORDER: EntityType[] = ['person', 'organization', 'group', 'location', 'nationality', 'other']

function groupType(members: readonly MentionCandidate[], kbType: EntityType | null): EntityType {
  if (kbType) return kbType
  const counts = new Map<EntityType, number>()
  for (const m of members) counts.set(m.type, (counts.get(m.type) ?? 0) + (m.source === 'acronym' ? 0.5 : 1))
  let best: EntityType = members[0].type
  for (const type of TYPE_ORDER) if ((counts.get(type) ?? 0) > (counts.get(best) ?? 0)) best = type
  return best
}

/**
 * Turns groups of mention candidates into report entities: ids e1, e2, … in order of first
 * mention, the fullest name, the other names the document uses as aliases, the knowledge-base
 * link, and every mention with its exact text.
 */
export function buildEntities(groups: readonly number[][], candidates: readonly MentionCandidate[], text: string, tokens: readonly Token[], kb: KnowledgeBase): Entity[] {
  return groups.map((group, index) => {
    const members = group.map((i) => candidates[i]).sort((a, b) => a.start - b.start)
    const mentions: Mention[] = members.map((m) => {
      const start = m.chars ? m.chars[0] : tokens[m.start].start
      const end = m.chars ? m.chars[1] : tokens[m.end - 1].end
      return { start, end, text: text.slice(start, end) }
    })
    const linked = members.find((m) => m.entries.length > 0)
    const entry = linked ? kb.entry(linked.entries[0]) : null
    const surfaces = [...new Set(mentions.map((m) => clean(m.text)))]
    // The first of the surfaces with the most words.
    let longest = surfaces[0]
    let longestWords = wordCount(longest)
    for (let k = 1; k < surfaces.length; k++) {
      const words = wordCount(surfaces[k])
      if (words > longestWords) [longest, longestWords] = [surfaces[k], words]
    }
    let name = longest
    if (entry) name = DISPLAY_SOURCES.has(entry.source) || longestWords < wordCount(entry.name) ? entry.name : longest
    const lowerName = name.toLowerCase()
    const qualifier = members.find((m) => m.qualifier)?.qualifier ?? null
    const entity: Entity = {
      id: `e${index + 1}`,
      type: groupType(members, entry ? entry.type : null),
      name,
      aliases: distinctIgnoringCase(surfaces.filter((s) => s.toLowerCase() !== lowerName)),
      kb: entry ? { source: entry.source, id: entry.id } : null,
      mentions,
      confidence: Math.round(members.reduce((best, m) => Math.max(best, m.confidence), 0) * 100) / 100,
    }
    if (qualifier) entity.qualifier = qualifier
    return entity
  })
}
