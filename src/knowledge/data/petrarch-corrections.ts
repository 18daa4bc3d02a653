import type { KbEntryType } from '../types.ts'

/**
 * PETRARCH actors the reading rules would type wrongly, keyed by the phrase as the dictionary
 * writes it. Each was checked against the dictionary's own comments and codes.
 */
export const PETRARCH_TYPE_OVERRIDES: ReadonlyMap<string, KbEntryType | 'skip'> = new Map<string, KbEntryType | 'skip'>([
  // A group named after a person (MilNonState lists it as an organisation).
  ['ABU_SAYYAF', 'group'],
  ['ABU_SAYYAF_GROUP', 'group'],
  // Listed with the UN's code but naming the office, not a holder of it.
  ['UN_SECRETARY_GENERAL', 'skip'],
])

/** A correction to a PETRARCH entry: a better canonical name, names the dictionaries lack. */
export interface PetrarchSupplement {
  name?: string
  aliases: readonly string[]
}

/**
 * Names that English news uses for PETRARCH entries and the dictionaries lack, keyed by entry id.
 * Source: the organisations' own names and abbreviations (au.int, who.int, un.org, nato.int) and
 * the Reuters and AP style guides.
 */
export const PETRARCH_SUPPLEMENTS: Readonly<Record<string, PetrarchSupplement>> = {
  // The dictionaries code the African Union (and its Peace and Security Council) IGOAFRAFU but list only "AUPSC".
  'petrarch:IGOAFRAFU': { name: 'African Union', aliases: ['African Union', 'AU'] },
  'petrarch:IGOUNOHLHWHO': { name: 'World Health Organization', aliases: ['World Health Organization', 'World Health Organisation', 'WHO'] },
  'petrarch:IMGMUSISI': { name: 'Islamic State', aliases: ['Islamic State', 'Daesh', "Da'esh", 'Islamic State group'] },
  'petrarch:IGOUNO': { aliases: ['United Nations', 'UN', 'U.N.'] },
  // "the North Atlantic alliance", "the Atlantic Alliance": what NATO calls itself in its own texts (nato.int) and news calls it.
  'petrarch:IGOWSTNAT': { name: 'North Atlantic Treaty Organization', aliases: ['NATO', 'North Atlantic Treaty Organisation', 'North Atlantic Alliance', 'Atlantic Alliance'] },
  'petrarch:IGOCAS': { name: 'Shanghai Cooperation Organisation', aliases: ['Shanghai Cooperation Organisation', 'SCO'] },
  // The OSCE writes its name with a hyphen and calls itself by the abbreviation (osce.org).
  'petrarch:IGO/organization-for-security-and-cooperation-in-europe': { name: 'Organization for Security and Co-operation in Europe', aliases: ['OSCE', 'Organization for Security and Cooperation in Europe'] },
}
