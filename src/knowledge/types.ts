/** What kind of thing a knowledge-base entry names; the same words the report uses for entities. */
export type KbEntryType = 'person' | 'organization' | 'location' | 'nationality' | 'group'

/** A dated position a person held, from the PETRARCH actor dictionaries (`[USAGOV 20090120-20170120]`). */
export interface KbRole {
  /** CAMEO actor code, e.g. 'USAGOV' (country + agent) or 'IGOUNO' */
  code: string
  /** YYYY-MM-DD or null when open */
  from: string | null
  /** YYYY-MM-DD or null when open */
  to: string | null
}

/** Where entries come from, with the licence the NOTICE file repeats. */
export interface KbSource {
  id: string
  name: string
  licence: string
  url: string
}

/** How a surface form must be written in the text to count as this entry. */
export const AliasFlag = {
  /** all-caps acronym: the text must be upper case too ("US" but not "us") */
  exactCase: 1,
  /** a single token that is also a common English word ("Reading", "Chad"): not at the start of a sentence */
  commonWord: 2,
  /** only after "the" ("the West", "the Gulf"); "the" itself stays outside the mention */
  needsArticle: 4,
} as const

export interface KbAlias {
  text: string
  flags: number
}

/**
 * One entry of the knowledge base: a country, nationality, region, city, organisation, armed group
 * or person, with every name it is known by and where that knowledge came from.
 */
export interface KbEntry {
  /** stable id, e.g. 'country:FRA', 'city:geonames:2988507', 'petrarch:IGOUNO', 'region:central-asia' */
  id: string
  type: KbEntryType
  /** canonical display name */
  name: string
  /** every surface form, the canonical name included */
  aliases: KbAlias[]
  /** id of a KbSource */
  source: string
  /** ISO 3166-1 alpha-3 code of the country the entry belongs to (a city's country, a leader's country) */
  country: string | null
  /** CAMEO actor code when the source gives one */
  cameo: string | null
  /** dated positions (PETRARCH leaders) */
  roles: KbRole[]
  /** ISO 3166-1 alpha-2 code, for countries */
  cca2?: string
  /** population, for cities */
  population?: number
  /** why the entry is in the knowledge base and where its facts come from (hand-written entries) */
  note?: string
}

/** A phrase that names a role rather than an entity ("foreign minister", "police"), with its CAMEO agent code. */
export interface KbRolePhrase {
  text: string
  /** CAMEO agent code without the leading '~', e.g. 'GOV', 'MIL', 'GOVMIL' */
  agent: string
}
