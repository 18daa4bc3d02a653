import type { Token } from '../text/types.ts'
import type { TokenKeys } from './token-key.ts'
import { AliasFlag } from './types.ts'

/**
 * Words that may stay lower case inside names: small words ("Republic of the Congo", "Osama bin
 * Laden") and the generic place words news writes in lower case ("Idlib province", "Washington state").
 */
export const NAME_LOWERCASE_WORDS: ReadonlySet<string> = new Set([
  'of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'by', '&', "'s", 'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du',
  'des', 'la', 'le', 'les', 'el', 'al', 'van', 'von', 'der', 'den', 'ter', 'y', 'e', 'bin', 'ibn', 'bint', 'wa', 'fi', 'ul', 'ud',
  'province', 'region', 'state', 'territories', 'territory', 'oblast', 'governorate', 'county', 'district', 'peninsula',
])

const UPPER = /\p{Lu}/u
const LOWER = /\p{Ll}/u
const LETTER = /\p{L}/u
// "al-Qaeda", "d'Ivoire", "ad-Din": a short lower-case particle joined to a capitalised word.
const PARTICLE_JOINED = /^\p{Ll}{1,3}[-'’]\p{Lu}/u

/** True when a token has a letter and no lower-case letter ("US", "U.S.", "NATO"). */
export function isAllCaps(text: string): boolean {
  return LETTER.test(text) && !LOWER.test(text)
}

/** How a token is written: 'none' without letters, 'upper' with no lower-case letter, 'capital' with a capital first, else 'lower'. */
function caseOf(text: string): 'none' | 'upper' | 'capital' | 'lower' {
  let letters = 0
  let lower = 0
  let ascii = true
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 128) {
      ascii = false
      break
    }
    if (c >= 97 && c <= 122) {
      letters++
      lower++
    } else if (c >= 65 && c <= 90) letters++
  }
  if (!ascii) {
    if (!LETTER.test(text)) return 'none'
    if (!LOWER.test(text)) return 'upper'
    return UPPER.test(text.charAt(0)) || PARTICLE_JOINED.test(text) ? 'capital' : 'lower'
  }
  if (letters === 0) return 'none'
  if (lower === 0) return 'upper'
  const first = text.charCodeAt(0)
  return (first >= 65 && first <= 90) || PARTICLE_JOINED.test(text) ? 'capital' : 'lower'
}

/** True when a token reads as part of a proper name: an upper-case first letter, "al-Qaeda", or no letters at all ("9/11"). */
export function isCapitalised(text: string): boolean {
  return caseOf(text) !== 'lower'
}

/**
 * Whether tokens `start`..`end` are written the way an alias with these flags must be: acronyms
 * in capitals, other names with a capital on every word but the small ones ("of", "the", "bin").
 */
export function fitsCase(tokens: readonly Token[], keys: TokenKeys, start: number, end: number, flags: number): boolean {
  if (flags & AliasFlag.exactCase) {
    for (let k = start; k < end; k++) {
      const c = caseOf(tokens[k].text)
      if (c === 'capital' || c === 'lower') return false
    }
    return true
  }
  let capitalised = false
  for (let k = start; k < end; k++) {
    const c = caseOf(tokens[k].text)
    if (c === 'none') continue
    if (c !== 'lower') {
      capitalised = true
      continue
    }
    if (!NAME_LOWERCASE_WORDS.has(keys(k))) return false
  }
  return capitalised
}
