import type { KnowledgeBase } from '../../../knowledge/knowledge-base.ts'
import type { EntityType } from '../../../report/schema.ts'
import type { DocumentWords } from './document-words.ts'
import type { Coverage, MentionCandidate } from './mention.ts'
import { followsServiceHead, tiesMissionToPlace } from './commands.ts'
import { isGenericBodyName } from './national-bodies.ts'
import { ownedByGroup } from './possessive-names.ts'
import { endsPressOffice } from './statement-prefixes.ts'
import { COMMON_WORD, FUNCTION_WORD, HEAD_OTHER, HEAD_SHIFT, MONTH, ORGANISATION_HEAD, WEEKDAY } from './word-facts.ts'

// Words that may sit between capitalised words of an organisation's name.
const INSIDE = new Set(['of', 'the', 'and', 'for', 'on', '&'])

const NAMEABLE = new Set(['location', 'nationality', 'organization', 'group'])

function typeOf(m: MentionCandidate, kb: KnowledgeBase): EntityType | null {
  return m.source === 'kb' && m.entries.length > 0 ? kb.entry(m.entries[0]).type : null
}

// A capitalised word that heads the names of laws, agreements and meetings: "Charter", "Summit", "Convention".
function isOtherHead(doc: DocumentWords, k: number): boolean {
  return doc.isCapitalised(k) && ((doc.facts[k] >>> HEAD_SHIFT) & 3) === HEAD_OTHER
}

// A capitalised word that heads organisation names: "Forces", "Ministry", "Commission".
function isOrganisationHead(doc: DocumentWords, k: number): boolean {
  return doc.isCapitalised(k) && (doc.facts[k] & ORGANISATION_HEAD) !== 0
}

/**
 * Knowledge-base mentions that are only part of an organisation's name: a nationality, place or
 * organisation before one ("Estonian Defence Forces", "Russian Foreign Ministry", "Kenya National
 * Commission on Human Rights", "ECOWAS Commission", "Islamic Revolutionary Guard Corps"), or a
 * place or body after "of" ("Embassy of China", "Council of the European Union"), or a known
 * party's name after a group's possessive ("People's" before "Democratic Alliance"), or a region
 * after a service's name ("U.S. Army Europe and Africa", "British Forces Cyprus") or a mission's
 * ("European Union Mission in Armenia"). A press office is no such name ("Sinn Féin Press Office",
 * "Media Office of Hamas"). Returns their
 * candidate indices, for the name-run finder to read the whole name instead.
 */
export function partsOfOrganisationNames(candidates: readonly MentionCandidate[], doc: DocumentWords, coverage: Coverage, kb: KnowledgeBase): Set<number> {
  const { tokens, sentences } = doc
  const parts = new Set<number>()
  candidates: for (let index = 0; index < candidates.length; index++) {
    const m = candidates[index]
    const type = typeOf(m, kb)
    if (!type || !NAMEABLE.has(type) || parts.has(index)) continue
    // "People's Democratic Alliance": a known party's name owned by a group is part of a longer name.
    if ((type === 'organization' || type === 'group') && ownedByGroup(doc, coverage, m.start)) {
      parts.add(index)
      continue
    }
    const sentence = sentences[m.sentence]
    const inside: number[] = [index]
    for (let k = m.end; k < sentence.tokenEnd && tokens[k].spaceBefore; ) {
      const owner = coverage.ownerOf(k)
      if (owner !== -1) {
        const other = candidates[owner]
        const otherType = typeOf(other, kb)
        if (!otherType || !NAMEABLE.has(otherType) || other.chars) break
        inside.push(owner)
        k = other.end
        continue
      }
      // "Sinn Féin Press Office" is Sinn Féin speaking, not a longer name; "United Nations Charter"
      // and "NATO Summit" are named things.
      if ((isOrganisationHead(doc, k) && !endsPressOffice(doc, k)) || (type === 'organization' && k === m.end && isOtherHead(doc, k))) {
        for (const part of inside) parts.add(part)
        continue candidates
      }
      if (!doc.isCapitalised(k) && !(k > m.end && INSIDE.has(tokens[k].text))) break
      k++
    }
    if (type === 'nationality') {
      // "Armenian Security Council": a nationality before a body known by a generic name that belongs elsewhere is one name.
      const next = coverage.ownerOf(m.end)
      if (next !== -1 && candidates[next].start === m.end && tokens[m.end].spaceBefore && nationalBody(candidates[next], m, doc, kb)) {
        parts.add(index)
        parts.add(next)
      }
      continue
    }
    // "U.S. Army Pacific": a known service goes on with the region it commands.
    if (type === 'organization' && followsServiceHead(doc, m.end) && isRegionWord(doc, m.end, sentence.tokenEnd)) {
      parts.add(index)
      continue
    }
    // "European Union Mission in Armenia": the place a mission serves is part of its name.
    if (type === 'location' && tiesMissionToPlace(doc, m.start - 1)) {
      parts.add(index)
      continue
    }
    if (type === 'location' && (followsServiceHead(doc, m.start) || secondRegion(doc, m.start))) {
      addCommandParts(candidates, doc, coverage, kb, index, parts)
      continue
    }
    let k = m.start - 1
    if (k >= sentence.tokenStart && doc.key(k) === 'the') k--
    if (k < sentence.tokenStart || tokens[k].text !== 'of') continue
    k--
    if (k >= sentence.tokenStart && coverage.ownerOf(k) === -1 && isOrganisationHead(doc, k) && !endsPressOffice(doc, k)) parts.add(index)
  }
  return parts
}

// True when `body` is a known organisation with a generic name ("Security Council") of another country than `nationality`'s, or of none.
function nationalBody(body: MentionCandidate, nationality: MentionCandidate, doc: DocumentWords, kb: KnowledgeBase): boolean {
  if (typeOf(body, kb) !== 'organization' || !isGenericBodyName(doc, body.start, body.end)) return false
  return kb.entry(body.entries[0]).country !== kb.entry(nationality.entries[0]).country
}

/**
 * Adds to `parts` the mentions of a command's name whose region is candidate `index`: the region,
 * a known service name before it ("U.S. Army" in "U.S. Army Europe") and a second region after
 * "and" ("Africa" in "U.S. Army Europe and Africa").
 */
function addCommandParts(candidates: readonly MentionCandidate[], doc: DocumentWords, coverage: Coverage, kb: KnowledgeBase, index: number, parts: Set<number>): void {
  const m = candidates[index]
  parts.add(index)
  const before = coverage.ownerOf(m.start - 1)
  if (before !== -1 && typeOf(candidates[before], kb) === 'organization') parts.add(before)
  if (doc.tokens[m.end]?.text !== 'and') return
  const after = coverage.ownerOf(m.end + 1)
  if (after !== -1 && candidates[after].start === m.end + 1 && typeOf(candidates[after], kb) === 'location') parts.add(after)
}

// "Africa" in "Army Europe and Africa": a place after "and" and a command's first region.
function secondRegion(doc: DocumentWords, start: number): boolean {
  return start >= 3 && doc.tokens[start - 1].text === 'and' && doc.isCapitalised(start - 2) && followsServiceHead(doc, start - 2)
}

// A capitalised word that may name a command's region ("Pacific"): not a title ("U.S. Army Secretary"),
// an ordinary word ("U.S. Army Troops" in a headline), a month or a weekday.
function isRegionWord(doc: DocumentWords, k: number, limit: number): boolean {
  return k < limit && doc.isCapitalised(k) && !doc.isTitleAt(k) && !(doc.facts[k] & (COMMON_WORD | FUNCTION_WORD | MONTH | WEEKDAY))
}
