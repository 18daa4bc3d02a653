import type { DocumentWords } from './document-words.ts'

/**
 * Last words of armed services' and commands' names that a region may follow with no preposition,
 * as part of the name: "U.S. Army Europe and Africa", "U.S. Army Pacific", "British Forces
 * Cyprus", "Joint Force Command Naples".
 */
const SERVICE_HEADS = new Set(['army', 'navy', 'forces', 'force', 'command', 'corps', 'fleet', 'marines', 'component'])

/** True when the place at token `i` goes on a command's name: a capitalised service word stands right before it ("Army Europe"). */
export function followsServiceHead(doc: DocumentWords, i: number): boolean {
  const before = i - 1
  return before >= 0 && i < doc.tokens.length && doc.tokens[i].spaceBefore && doc.isCapitalised(before) && SERVICE_HEADS.has(doc.key(before))
}

// Bodies named after the place they serve, with "in" or "to": "European Union Mission in Armenia",
// "OSCE Presence in Albania", "EU Delegation to Ukraine".
const MISSION_HEADS = new Set(['mission', 'delegation', 'representation', 'presence'])

/** True when token `k` is the "in" or "to" that ties a mission's name to its place: "Mission in Armenia". */
export function tiesMissionToPlace(doc: DocumentWords, k: number): boolean {
  const text = doc.tokens[k]?.text
  return (text === 'in' || text === 'to') && doc.isCapitalised(k - 1) && MISSION_HEADS.has(doc.key(k - 1))
}
