import type { DocumentWords } from './document-words.ts'
import type { Coverage } from './mention.ts'
import { RUN_WORD, WORD } from './token-classes.ts'
import { COMMON_WORD, ORGANISATION_HEAD, TITLE, TITLE_MODIFIER } from './word-facts.ts'

/**
 * Military bases, stations, ranges and barracks: places, though their names hold words of
 * organisations ("Eglin Air Force Base", "Naval Station Norfolk") or read like people's
 * ("Redstone Arsenal", "Camp Lejeune").
 */

// Words that open a base's name before the place it is named after: "Fort Liberty", "Camp
// Lejeune", "HMNB Portsmouth" (His Majesty's Naval Base), "RNAS Culdrose" (Royal Naval Air
// Station), "MCAS Miramar" (Marine Corps Air Station), "CFB Esquimalt" (Canadian Forces Base),
// "NAS Jacksonville" (Naval Air Station), "RAF Lossiemouth" (a Royal Air Force station).
const OPENERS = new Set(['fort', 'camp', 'hmnb', 'rnas', 'mcas', 'cfb', 'nas', 'raf', 'rnzaf', 'raaf'])
// The openers written as acronyms, in capitals and without full stops ("J.B. Hurt" is a person).
const ACRONYM_OPENER = /^[A-Z]{3,5}$/
// Openers that are also the name of a service ("RAF Regiment", "RAF Typhoon"): the name after one
// must be no ordinary word.
const SERVICE_OPENERS = new Set(['raf', 'rnzaf', 'raaf'])
// A base's kind before its name: "Joint Base Lewis-McChord", "Naval Air Station Pensacola",
// "RAAF Base Tindal", "Marine Corps Base Camp Pendleton", "HM Naval Base Clyde" (His Majesty's).
const KIND_WORDS = new Set(['hm', 'joint', 'naval', 'air', 'marine', 'corps', 'army', 'space', 'force', 'coast', 'guard', 'raaf', 'rnzaf', 'raf', 'military', 'national', 'reserve', 'weapons'])
const KIND_HEADS = new Set(['base', 'station', 'airbase'])
// Words that end a base's name: "Al Udeid Air Base", "Lavarack Barracks", "Redstone Arsenal".
const LAST = new Set(['base', 'airbase', 'barracks', 'arsenal', 'airfield', 'aerodrome', 'dockyard', 'cantonment'])
// Words that end a site's name after a word of what is done there: "Cape Canaveral Space Force
// Station", "White Sands Missile Range", "Salisbury Plain Training Area", "Aberdeen Proving Ground".
const SITE_LAST = new Set(['station', 'range', 'area', 'ground', 'grounds', 'complex', 'facility'])
const SITE_USES = new Set(['air', 'naval', 'force', 'guard', 'missile', 'test', 'testing', 'training', 'firing', 'bombing', 'proving', 'gunnery', 'weapons', 'range', 'rocket', 'launch', 'tracking'])

/** True when token `i` is a word that ends a base's name ("Base", "Barracks"): a body's name goes on over no "to" or "and" after it. */
export function endsFacility(doc: DocumentWords, i: number): boolean {
  return i >= 0 && doc.isCapitalised(i) && LAST.has(doc.key(i))
}

/**
 * True when the service's name at token `i` opens a base's name with the capitalised words after
 * it, up to token `limit` or a word `claimed` by a mention: "RAF" in "RAF Lossiemouth", not in
 * "RAF Typhoon jets" (a weapon's name) or "the RAF said".
 */
export function opensFacility(doc: DocumentWords, i: number, limit: number, claimed?: Coverage): boolean {
  if (!isOpener(doc, i)) return false
  let end = i + 1
  while (end < limit && doc.classes[end] & RUN_WORD && doc.tokens[end].spaceBefore && !(claimed && claimed.ownerOf(end) !== -1)) end++
  return end > i + 1 && facilityName(doc, i, end) !== null
}

/**
 * The tokens of a facility name's own part (the place it is named after), or null when tokens
 * `start`..`end` are no facility's name: "Tindal" of "RAAF Base Tindal", "Redstone" of
 * "Redstone Arsenal", "Lewis-McChord" of "Joint Base Lewis-McChord". The own part holds no title
 * and no head word of organisations ("RAF Regiment" is a body).
 *
 * @example
 * facilityName(doc, start, end) // [start + 2, end] for "RAAF Base Tindal"
 */
export function facilityName(doc: DocumentWords, start: number, end: number): [number, number] | null {
  if (end - start < 2) return null
  const key = (i: number) => doc.key(i)
  let from = start
  let to = end
  const last = key(end - 1)
  if (LAST.has(last)) {
    to = end - 1
    while (to > from && KIND_WORDS.has(key(to - 1))) to--
  } else if (SITE_LAST.has(last) && SITE_USES.has(key(end - 2))) {
    to = end - 2
    while (to > from && (KIND_WORDS.has(key(to - 1)) || SITE_USES.has(key(to - 1)))) to--
  } else {
    // "Joint Base …", "Naval Air Station …", "RAAF Base …": kind words, then "Base" or "Station".
    let k = start
    while (k < end && KIND_WORDS.has(key(k))) k++
    if (k > start && k < end && KIND_HEADS.has(key(k))) from = k + 1
    else if (isOpener(doc, start)) {
      from = start + 1
      if (SERVICE_OPENERS.has(key(start)) && doc.facts[from] & COMMON_WORD) return null
    } else return null
  }
  if (from >= to || !ownName(doc, from, to)) return null
  return [from, to]
}

// True when token `i` opens a base's name: "Fort", "Camp", "HMNB", "RAF".
function isOpener(doc: DocumentWords, i: number): boolean {
  const key = doc.key(i)
  if (!OPENERS.has(key)) return false
  return key === 'fort' || key === 'camp' ? doc.isCapitalised(i) : ACRONYM_OPENER.test(doc.tokens[i].text)
}

// True when tokens `from`..`to` may name the place a facility is named after: words, none a title or a body's head word.
function ownName(doc: DocumentWords, from: number, to: number): boolean {
  let words = 0
  for (let i = from; i < to; i++) {
    if (!(doc.classes[i] & WORD)) continue
    // "Bradshaw Field Training Area": a word that only modifies a title ("Field" of "Field Marshal") with no title after it is a word of the name.
    const title = doc.facts[i] & TITLE && !(doc.facts[i] & TITLE_MODIFIER && !doc.isTitleAt(i + 1))
    if (title || doc.facts[i] & ORGANISATION_HEAD || !doc.isCapitalised(i)) return false
    words++
  }
  return words > 0
}
