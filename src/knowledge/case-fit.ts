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

/** True when a token reads as part of a proper name: an upper-case first letter, "al-Qaeda", or no letters at all ("9/11"). */
export function isCapitalised(text: string): boolean {
  const first = text.charAt(0)
  if (UPPER.test(first)) return true
  if (!LETTER.test(text)) return true
  return PARTICLE_JOINED.test(text)
}

/**
 * Whether tokens of the text are written the way an alias with these flags must be: acronyms in
 * capitals, other names with a capital on every word but the small ones ("of", "the", "bin").
 * `keys` are the tokens' gazetteer keys, used to recognise the small words.
 */
export function fitsCase(texts: readonly string[], keys: readonly string[], flags: number): boolean {
  if (flags & AliasFlag.exactCase) {
    for (const t of texts) if (LETTER.test(t) && LOWER.test(t)) return false
    return true
  }
  let capitalised = false
  for (let k = 0; k < texts.length; k++) {
    const text = texts[k]
    if (!LETTER.test(text)) continue
    if (isCapitalised(text) && UPPER.test(text)) {
      capitalised = true
      continue
    }
    if (!NAME_LOWERCASE_WORDS.has(keys[k])) return false
  }
  return capitalised
}
