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

// True for a text with a tab, a line break, a no-break space or two spaces in a row.
function hasOddSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 9 || c === 10 || c === 13 || c === 0xa0 || (c === 32 && text.charCodeAt(i + 1) === 32)) return true
  }
  return false
}

// A name broken over a line is still one name.
const clean = (text: string) => (hasOddSpace(text) ? text.replace(SPACES, ' ') : text)

/** True when two texts are the same in lower case. */
function sameIgnoringCase(a: string, b: string): boolean {
  // Lower-casing keeps the length of plain ASCII: most pairs differ in length, or early on.
  let ascii = true
  for (let i = 0; i < a.length && ascii; i++) if (a.charCodeAt(i) >= 128) ascii = false
  for (let i = 0; i < b.length && ascii; i++) if (b.charCodeAt(i) >= 128) ascii = false
  if (!ascii) return a.toLowerCase() === b.toLowerCase()
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) {
    const x = a.charCodeAt(i)
    const y = b.charCodeAt(i)
    if (x === y) continue
    // Letters that differ in case only: "A" and "a" are 32 apart.
    const lower = x | 32
    if (lower !== (y | 32) || lower < 97 || lower > 122) return false
  }
  return true
}

/** The surfaces other than the name, whatever their case, each once (as first written). */
function aliasesOf(surfaces: readonly string[], name: string): string[] {
  const aliases: string[] = []
  // The aliases in lower case, made once a second alias needs comparing with the first.
  let lowered: string[] | null = null
  for (const surface of surfaces) {
    // The name itself, also in another case, is no alias.
    if (surface === name || sameIgnoringCase(surface, name)) continue
    if (aliases.length > 0) {
      lowered ??= aliases.map((alias) => alias.toLowerCase())
      const lower = surface.toLowerCase()
      if (lowered.includes(lower)) continue
      lowered.push(lower)
    }
    aliases.push(surface)
  }
  return aliases
}

/**
 * True when the document names a body by a name of its own that shares no word with the knowledge
 * base's: "Royal Navy" for PETRARCH's "Her Majestys Armed Forces" (the service, not all the forces).
 * An acronym ("NATO") is no such name.
 */
function otherName(surface: string, words: number, entryName: string): boolean {
  if (words < 2) return false
  const theirs = new Set(entryName.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2))
  for (const w of surface.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w.length > 2 && theirs.has(w)) return false
  return true
}

// True when a name's last word starts in lower case: "the North Atlantic alliance" is no spelling to show for NATO.
function endsLowerCase(text: string): boolean {
  const c = text.charCodeAt(text.lastIndexOf(' ') + 1)
  return c >= 97 && c <= 122
}

const TYPE_ORDER: EntityType[] = ['person', 'organization', 'group', 'location', 'nationality', 'other']

function inOrder(members: readonly MentionCandidate[]): boolean {
  for (let k = 1; k < members.length; k++) if (members[k - 1].start > members[k].start) return false
  return true
}

function groupType(members: readonly MentionCandidate[], kbType: EntityType | null): EntityType {
  if (kbType) return kbType
  if (members.length === 1) return members[0].type
  // Votes per type, in TYPE_ORDER's order; an acronym counts half.
  const counts = [0, 0, 0, 0, 0, 0]
  for (const m of members) counts[TYPE_ORDER.indexOf(m.type)] += m.source === 'acronym' ? 0.5 : 1
  let best = TYPE_ORDER.indexOf(members[0].type)
  for (let k = 0; k < TYPE_ORDER.length; k++) if (counts[k] > counts[best]) best = k
  return TYPE_ORDER[best]
}

/**
 * Turns groups of mention candidates into report entities: ids e1, e2, … in order of first
 * mention, the fullest name, the other names the document uses as aliases, the knowledge-base
 * link, and every mention with its exact text.
 */
export function buildEntities(groups: readonly number[][], candidates: readonly MentionCandidate[], text: string, tokens: readonly Token[], kb: KnowledgeBase): Entity[] {
  const entities: Entity[] = []
  for (let index = 0; index < groups.length; index++) {
    const members = groups[index].map((i) => candidates[i])
    // Groups come in document order; a stable sort would leave them as they are.
    if (!inOrder(members)) members.sort((a, b) => a.start - b.start)
    const mentions: Mention[] = []
    // The distinct ways the document writes the name, in order.
    const surfaces: string[] = []
    let linked: MentionCandidate | undefined
    let qualifier: string | null = null
    let confidence = 0
    for (const m of members) {
      const start = m.chars ? m.chars[0] : tokens[m.start].start
      const end = m.chars ? m.chars[1] : tokens[m.end - 1].end
      const written = text.slice(start, end)
      mentions.push({ start, end, text: written })
      const surface = clean(written)
      if (!surfaces.includes(surface)) surfaces.push(surface)
      if (!linked && m.entries.length > 0) linked = m
      if (qualifier === null && m.qualifier) qualifier = m.qualifier
      confidence = Math.max(confidence, m.confidence)
    }
    const entry = linked ? kb.entry(linked.entries[0]) : null
    // The first of the surfaces with the most words.
    let longest = surfaces[0]
    let longestWords = wordCount(longest)
    for (let k = 1; k < surfaces.length; k++) {
      const words = wordCount(surfaces[k])
      if (words > longestWords) [longest, longestWords] = [surfaces[k], words]
    }
    let name = longest
    if (entry) {
      const display = DISPLAY_SOURCES.has(entry.source) || endsLowerCase(longest) || (longestWords < wordCount(entry.name) && !otherName(longest, longestWords, entry.name))
      name = display ? entry.name : longest
    }
    const entity: Entity = {
      id: `e${index + 1}`,
      type: groupType(members, entry ? entry.type : null),
      name,
      aliases: aliasesOf(surfaces, name),
      kb: entry ? { source: entry.source, id: entry.id } : null,
      mentions,
      confidence: Math.round(confidence * 100) / 100,
    }
    if (qualifier) entity.qualifier = qualifier
    entities.push(entity)
  }
  return entities
}
