import type { DocumentWords } from './document-words.ts'
import { OFFICE_DOMAIN, ORGANISATION_HEAD } from './word-facts.ts'

// Words that join the names of two bodies: "the Tribunal and Member States".
const COORDINATORS = new Set(['and', '&'])
// Words after a body's head that open what it is of or for: "Ministry of Defence", "Committee on Trade".
const HEAD_LINKS = new Set(['of', 'for', 'on'])

/** True when token `i` heads an organisation's name ("Commission", "Ministry"). */
function isHead(doc: DocumentWords, i: number): boolean {
  return (doc.facts[i] & ORGANISATION_HEAD) !== 0 && doc.isCapitalised(i)
}

/**
 * True when the "and" at token `and` in the run `start`..`end` joins two names rather than two
 * parts of one: the words before it are a whole body ending in its head word ("the Commission and
 * Member States", "Parliament and Council"), or the words after it open a body of their own
 * ("Ministry of Defence and Ministry of Finance"). A single word before a name that ends in a
 * head word is one joint name ("Trade and Industry Committee"), and so is a domain with its parts
 * ("Committee on Procedure and House Affairs", "Ministry of Environment and Climate Change").
 */
export function joinsTwoNames(doc: DocumentWords, start: number, and: number, end: number): boolean {
  if (and <= start || and + 1 >= end) return false
  const right = and + 1
  if (isHead(doc, right) && right + 1 < end && HEAD_LINKS.has(doc.tokens[right + 1].text)) return true
  if (!isHead(doc, and - 1)) return bothBodies(doc, start, and, end)
  const jointName = and - start === 1 && end - right > 1 && isHead(doc, end - 1)
  return !jointName
}

/**
 * True when both sides of the "and" at token `and` hold a body's head word and the left one names
 * no domain the "and" could go on ("U.S. Forces Korea and U.S. Army Pacific"), unlike "Department
 * of Health and Human Services".
 */
function bothBodies(doc: DocumentWords, start: number, and: number, end: number): boolean {
  let left = -1
  for (let k = start; k < and; k++) {
    if (HEAD_LINKS.has(doc.tokens[k].text)) return false
    if (isHead(doc, k)) left = k
  }
  if (left === -1) return false
  // "Army Air and Missile Defense Command": domains on both sides of "and" after the head are one name's.
  let domains = left + 1
  while (domains < and && doc.facts[domains] & OFFICE_DOMAIN) domains++
  if (domains === and && left + 1 < and) return false
  for (let k = and + 1; k < end; k++) if (isHead(doc, k)) return true
  return false
}

/**
 * The pieces of the run `start`..`end` (token ranges) once it is cut at each "and" that joins two
 * names ({@link joinsTwoNames}); the run itself when there is none.
 */
export function splitCoordinated(doc: DocumentWords, start: number, end: number): [number, number][] {
  const pieces: [number, number][] = []
  let from = start
  for (let k = start + 1; k < end - 1; k++) {
    if (!COORDINATORS.has(doc.tokens[k].text) || !joinsTwoNames(doc, from, k, end)) continue
    pieces.push([from, k])
    from = k + 1
  }
  pieces.push([from, end])
  return pieces
}
