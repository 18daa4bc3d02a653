import type { KnowledgeBase } from '../../../knowledge/knowledge-base.ts'
import type { Sentence, Token } from '../../../text/types.ts'

/**
 * A place named in a legislator's affiliation: tokens [start, end), its characters when it is only
 * part of a token ("Ohio" of "R-Ohio"), its knowledge-base index (-1 for none) and how sure the reading is.
 */
export interface AffiliationPlace {
  start: number
  end: number
  chars?: [number, number]
  entry: number
  confidence: number
}

/** Codes the European Union's institutions write for two countries instead of the ISO ones. */
const EU_CODES: Readonly<Record<string, string>> = { EL: 'GR', UK: 'GB' }

/** The Associated Press abbreviations of US states, as congressional releases write them ("D-Calif."). */
const AP_STATES: Readonly<Record<string, string>> = {
  'ala.': 'AL', 'ariz.': 'AZ', 'ark.': 'AR', 'calif.': 'CA', 'colo.': 'CO', 'conn.': 'CT', 'del.': 'DE', 'fla.': 'FL', 'ga.': 'GA',
  'ill.': 'IL', 'ind.': 'IN', 'kan.': 'KS', 'ky.': 'KY', 'la.': 'LA', 'md.': 'MD', 'mass.': 'MA', 'mich.': 'MI', 'minn.': 'MN',
  'miss.': 'MS', 'mo.': 'MO', 'mont.': 'MT', 'neb.': 'NE', 'nev.': 'NV', 'n.h.': 'NH', 'n.j.': 'NJ', 'n.m.': 'NM', 'n.y.': 'NY',
  'n.c.': 'NC', 'n.d.': 'ND', 'okla.': 'OK', 'ore.': 'OR', 'pa.': 'PA', 'r.i.': 'RI', 's.c.': 'SC', 's.d.': 'SD', 'tenn.': 'TN',
  'vt.': 'VT', 'va.': 'VA', 'wash.': 'WA', 'w.va.': 'WV', 'wis.': 'WI', 'wyo.': 'WY',
}

/** Words a constituency's name may hold besides capitalised ones: "Rayleigh and Wickford", "Holborn and St Pancras". */
const CONSTITUENCY_JOINERS = new Set(['and', '&', 'upon', 'on', 'the', 'of', '-', 'le', 'in'])

/** The bracket that closes the one opened at token `open`, within a few tokens of one sentence, or -1. */
function closing(tokens: readonly Token[], open: number, limit: number): number {
  for (let k = open + 1; k < Math.min(limit, open + 10); k++) if (tokens[k].text === ')') return k
  return -1
}

/**
 * The country code that closes a Member of the European Parliament's affiliation: "Michael Gahler
 * (EPP, DE)", "Marina Kaljurand (S&D, EE)", "(Greens/EFA, EL)". A group stands before the comma; the
 * code is the country it names (EL is Greece, UK the United Kingdom, as the EU's institutions write them).
 */
function euCountry(tokens: readonly Token[], open: number, close: number, kb: KnowledgeBase): AffiliationPlace | null {
  const code = close - 1
  if (code - 2 < open || tokens[code - 1].text !== ',' || code - 1 === open + 1 || !/^[A-Z]{2}$/.test(tokens[code].text)) return null
  const country = kb.countryByCode(EU_CODES[tokens[code].text] ?? tokens[code].text)
  return country ? { start: code, end: code + 1, entry: kb.indexOf(country.id), confidence: 0.9 } : null
}

/**
 * The US state in a member of Congress's affiliation: "(D-N.M.)", "(R-Ohio)", "(D-Calif.)",
 * "(D-CA-12)", "(I-Vt.)". The bracket follows a name and holds a party letter, a hyphen and the state.
 */
function usState(text: string, tokens: readonly Token[], open: number, close: number, kb: KnowledgeBase): AffiliationPlace | null {
  const inside = text.slice(tokens[open + 1].start, tokens[close - 1].end)
  const m = /^(?:D|R|I|ID)-((?:[A-Z][a-z]*\.?)+|[A-Z]{2})(?:-\d{1,2}|-AL)?$/.exec(inside)
  if (!m) return null
  const written = m[1]
  const code = /^[A-Z]{2}$/.test(written) ? written : AP_STATES[written.toLowerCase()]
  const entries = code ? [] : kb.lookup(written).filter((e) => e.id.startsWith('us-state:'))
  const id = code ? `us-state:${code}` : entries[0]?.id
  const entry = id ? kb.indexOf(id) : -1
  if (entry < 0) return null
  const from = tokens[open + 1].start + inside.indexOf(written)
  const to = from + written.length
  let start = open + 1
  while (tokens[start].end <= from) start++
  let end = start
  while (end < close && tokens[end].start < to) end++
  const whole = tokens[start].start === from && tokens[end - 1].end === to
  return { start, end, ...(whole ? {} : { chars: [from, to] as [number, number] }), entry, confidence: 0.85 }
}

/**
 * The constituency in a member's affiliation: "Mark Francois MP (Conservative, Rayleigh and
 * Wickford)", "(Labour, Slough)". The bracket follows a name, its first part is a party the knowledge
 * base knows, and the rest, capitalised words and joiners, is the seat: a place.
 */
function constituency(tokens: readonly Token[], open: number, close: number, kb: KnowledgeBase, text: string): AffiliationPlace | null {
  let comma = open + 1
  while (comma < close && tokens[comma].text !== ',') comma++
  if (comma === open + 1 || comma >= close - 1) return null
  const party = text.slice(tokens[open + 1].start, tokens[comma - 1].end)
  const known = (name: string) => kb.lookup(name).some((e) => e.type === 'organization')
  if (!known(party) && !known(`${party}s`)) return null
  for (let k = comma + 1; k < close; k++) {
    const word = tokens[k].text
    if (!/^\p{Lu}/u.test(word) && !CONSTITUENCY_JOINERS.has(word.toLowerCase())) return null
  }
  if (!/^\p{Lu}/u.test(tokens[comma + 1].text) || !/^\p{Lu}/u.test(tokens[close - 1].text)) return null
  return { start: comma + 1, end: close, entry: -1, confidence: 0.85 }
}

/**
 * The places of legislators' affiliations in a sentence: an MEP's country code after the group
 * ("Michael Gahler (EPP, DE)"), a US state after the party letter ("Rep. Elena Martinez (D-N.M.)")
 * and a British constituency after the party ("Helen Maguire MP (Liberal Democrat, Epsom and Ewell)").
 * The bracket must follow a capitalised word (the name or its honour); a two-letter word elsewhere
 * ("DE" in a table, "(DE)" alone) is left to the other rules.
 */
export function affiliationPlaces(text: string, tokens: readonly Token[], sentence: Sentence, kb: KnowledgeBase): AffiliationPlace[] {
  const out: AffiliationPlace[] = []
  for (let k = sentence.tokenStart + 1; k < sentence.tokenEnd - 2; k++) {
    if (tokens[k].text !== '(' || !/^\p{Lu}/u.test(tokens[k - 1].text)) continue
    // The sentence splitter may cut "(D-N.M.)" after "D-N.": the bracket may close in the next sentence.
    const close = closing(tokens, k, tokens.length)
    if (close < 0) continue
    const place = euCountry(tokens, k, close, kb) ?? usState(text, tokens, k, close, kb) ?? constituency(tokens, k, close, kb, text)
    if (place) out.push(place)
    k = close
  }
  return out
}
