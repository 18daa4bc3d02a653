import { ORGANISATION_WORDS } from '../../../knowledge/data/organisation-words.ts'
import { tokenKey } from '../../../knowledge/token-key.ts'

// Words of the organisation list that describe rather than name: alone they do not make an organisation.
const DESCRIBING = new Set(['national', 'democratic', 'republican', 'revolutionary', 'liberation', 'resistance', 'federal', 'international', 'defence', 'defense', 'military', 'state', 'news', 'times', 'post', 'energy', 'oil', 'electric', 'media', 'press', 'house', 'order', 'watch'])

/** True for a word that heads organisation names ("Ministry", "Party", "Council", "Brigades"). */
export function isOrganisationWord(text: string): boolean {
  const key = tokenKey(text)
  return ORGANISATION_WORDS.has(key) && !DESCRIBING.has(key)
}

/** True when a name holds a word of organisation names, describing words included ("National Rally"). */
export function hasOrganisationWord(texts: readonly string[]): boolean {
  return texts.some((t) => ORGANISATION_WORDS.has(tokenKey(t)))
}
