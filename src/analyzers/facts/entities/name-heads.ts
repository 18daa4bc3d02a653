import type { EntityType } from '../../../report/schema.ts'
import type { DocumentWords } from './document-words.ts'
import { hasOrganisationWord } from './organisation-words.ts'
import { ABOUT_HEADS, HEAD_GROUP, HEAD_OTHER, HEAD_PLACE, HEAD_SHIFT, ORGANISATION_HEAD, OTHER_FIRST_WORD } from './word-facts.ts'

// Words that open a verb's object, written in lower case: after one, a name's head word ("Exercise", "Plan") is a verb.
const OBJECT_OPENERS = new Set(['your', 'their', 'our', 'its', 'his', 'her', 'my', 'the', 'a', 'an', 'this', 'these'])

/**
 * The type a name's head word gives it, or null: laws, agreements and events are 'other', cartels
 * and militias 'group', places and buildings 'location'.
 *
 * @example
 * headType(doc, start, end) // 'location' for "Senkaku Islands"
 */
export function headType(doc: DocumentWords, start: number, end: number): EntityType | null {
  if (end - start < 2) return null
  const head = (doc.facts[end - 1] >>> HEAD_SHIFT) & 3
  // "… Poll Exercise your right to vote": a head word with an object after it is a verb.
  if (head === HEAD_OTHER && end < doc.tokens.length && OBJECT_OPENERS.has(doc.tokens[end].text)) return null
  // "Strategic Defence Review", "Defence Command Paper", but "Executive Office for Immigration Review" is a body.
  if (head === HEAD_OTHER && SOFT_HEADS.has(doc.key(end - 1)) && bodyGoesOn(doc, start, end - 1)) return null
  if (head === HEAD_OTHER || doc.facts[start] & OTHER_FIRST_WORD || headsOtherBeforeOf(doc, start, end) || isWeaponSystem(doc, start, end)) return 'other'
  if (head === HEAD_GROUP) return 'group'
  // "English Channel", "Bristol Channel"; but "Fox News Channel" is a body.
  if (doc.key(end - 1) === 'channel' && doc.isCapitalised(end - 1) && !hasOrganisationWord(doc, start, end - 1)) return 'location'
  if (head === HEAD_PLACE) return 'location'
  return null
}

// Head words of named texts that also end bodies' names after a body's own head word.
const SOFT_HEADS = new Set(['review', 'paper'])

// True when a body's head word goes on with what the body is for: "Office for Immigration Review".
function bodyGoesOn(doc: DocumentWords, start: number, end: number): boolean {
  for (let k = start; k + 1 < end; k++) if (doc.facts[k] & ORGANISATION_HEAD && ABOUT.has(doc.tokens[k + 1].text)) return true
  return false
}

// Small words after which a law's or an agreement's head word goes on with what it is about.
const ABOUT = new Set(['on', 'of', 'for'])

/**
 * True when a head word of laws and agreements ({@link ABOUT_HEADS}) goes on with "on", "of" or
 * "for" inside the name:
 * "UN Convention on the Law of the Sea", "Treaty on the Non-Proliferation of Nuclear Weapons".
 */
function headsOtherBeforeOf(doc: DocumentWords, start: number, end: number): boolean {
  for (let k = start; k + 2 < end; k++) {
    if (ABOUT_HEADS.has(doc.key(k)) && doc.isCapitalised(k) && ABOUT.has(doc.tokens[k + 1].text)) return true
  }
  return false
}

// Words of arms that make a name ending in "System" a weapon's: "High Mobility Artillery Rocket System", "Aegis Combat System".
const WEAPON_SYSTEM_WORDS = new Set(['rocket', 'rockets', 'missile', 'missiles', 'artillery', 'interdiction', 'weapon', 'weapons', 'launcher', 'launch', 'combat', 'strike', 'fires', 'gun', 'torpedo', 'interceptor'])

/**
 * True when a name ends in "System" or "Systems" and holds a word of arms or opens with a model's
 * designation: "Navy/Marine Expeditionary Ship Interdiction System", "M142 High Mobility Artillery
 * Rocket Systems", "Army Tactical Missile System". "Federal Reserve System" and "General Dynamics
 * Land Systems" hold none.
 */
function isWeaponSystem(doc: DocumentWords, start: number, end: number): boolean {
  const last = doc.key(end - 1)
  if ((last !== 'system' && last !== 'systems') || !doc.isCapitalised(end - 1)) return false
  if (/^[A-Z]{1,3}\d{1,4}[A-Z]?\d?$/.test(doc.tokens[start].text)) return true
  for (let k = start; k < end - 1; k++) if (doc.isCapitalised(k) && WEAPON_SYSTEM_WORDS.has(doc.key(k))) return true
  return false
}
