import type { KnowledgeBase } from '../../../knowledge/knowledge-base.ts'
import type { Sentence, Token } from '../../../text/types.ts'

/** Codes the European Union's institutions write for two countries instead of the ISO ones. */
const EU_CODES: Readonly<Record<string, string>> = { EL: 'GR', UK: 'GB' }

/** A country code in a member's affiliation: tokens [start, end) and the country's knowledge-base index. */
export interface AffiliationCode {
  start: number
  end: number
  entry: number
}

/**
 * The country codes of members' affiliations in parliamentary releases: "Michael Gahler (EPP, DE)",
 * "Marina Kaljurand (S&D, EE)", "(Greens/EFA, EL)". The code closes a bracket that follows a name and
 * holds a group before a comma; it is the country the code names (EL is Greece, UK the United Kingdom,
 * as the EU's institutions write them). A two-letter word elsewhere ("DE" in a table, "(DE)" alone)
 * is left to the other rules.
 */
export function affiliationCodes(tokens: readonly Token[], sentence: Sentence, kb: KnowledgeBase): AffiliationCode[] {
  const out: AffiliationCode[] = []
  for (let k = sentence.tokenStart + 1; k < sentence.tokenEnd - 4; k++) {
    if (tokens[k].text !== '(' || !/^\p{Lu}/u.test(tokens[k - 1].text)) continue
    for (let j = k + 2; j < Math.min(sentence.tokenEnd - 2, k + 7); j++) {
      if (tokens[j].text === ')') break
      if (tokens[j].text !== ',') continue
      const code = tokens[j + 1].text
      if (!/^[A-Z]{2}$/.test(code) || tokens[j + 2].text !== ')') break
      const country = kb.countryByCode(EU_CODES[code] ?? code)
      if (country) out.push({ start: j + 1, end: j + 2, entry: kb.indexOf(country.id) })
      break
    }
  }
  return out
}
