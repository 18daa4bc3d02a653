import { ORGANISATION_WORDS } from '../../../knowledge/data/organisation-words.ts'
import type { TokenKeys } from '../../../knowledge/token-key.ts'

// Words of the organisation list that describe rather than name: alone they do not make an organisation.
const DESCRIBING = new Set(['national', 'democratic', 'republican', 'revolutionary', 'liberation', 'resistance', 'federal', 'international', 'defence', 'defense', 'military', 'state', 'news', 'times', 'post', 'energy', 'oil', 'electric', 'media', 'press', 'house', 'order', 'watch'])

/** True for the key of a word that heads organisation names ("ministry", "party", "council", "brigades"). */
export function isOrganisationWord(key: string): boolean {
  return ORGANISATION_WORDS.has(key) && !DESCRIBING.has(key)
}

/** True when tokens `start`..`end` hold a word of organisation names, describing words included ("National Rally"). */
export function hasOrganisationWord(keys: TokenKeys, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (ORGANISATION_WORDS.has(keys(i))) return true
  return false
}
