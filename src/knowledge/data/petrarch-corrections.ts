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
  'petrarch:SYRGOV': { name: 'Syrian Government', aliases: ['Syrian Government'] },
  // What the UK's forces are called in its own releases (gov.uk), once the services are entries of their own.
  'petrarch:GBRMIL': { name: 'British Armed Forces', aliases: ['British Armed Forces', 'UK Armed Forces', "His Majesty's Armed Forces", "Her Majesty's Armed Forces"] },
  'petrarch:IGOCAS': { name: 'Shanghai Cooperation Organisation', aliases: ['Shanghai Cooperation Organisation', 'SCO'] },
  // The OSCE writes its name with a hyphen and calls itself by the abbreviation (osce.org).
  'petrarch:IGO/organization-for-security-and-cooperation-in-europe': { name: 'Organization for Security and Co-operation in Europe', aliases: ['OSCE', 'Organization for Security and Cooperation in Europe'] },
}

/** A body (or a person) that a PETRARCH actor lists among its own names but that is one of its own. */
export interface PetrarchSplit {
  /** 'person' for the leader an actor is named after ("Bashar al-Assad" under Syria's government) */
  type?: 'person'
  name: string
  /** its other names: those the actor lists move with it, the rest are added */
  aliases?: readonly string[]
}

/**
 * Bodies the dictionaries file under another actor's code as if they were its names, keyed by that
 * actor's entry id. Each becomes an entry of its own under the same code (`petrarch:USAMIL/us-army`),
 * so that "U.S. Army" is no mention of the Department of Defense and "Royal Navy" none of the Royal
 * Air Force. Source: the services' and agencies' own sites (army.mil, navy.mil, af.mil,
 * marines.mil, spaceforce.mil, centcom.mil, pacom.mil, royalnavy.mod.uk, raf.mod.uk, army.mod.uk,
 * eng.chinamil.com.cn, mha.gov.in, cia.gov, nsa.gov, fbi.gov, dea.gov).
 */
export const PETRARCH_SPLITS: Readonly<Record<string, readonly PetrarchSplit[]>> = {
  'petrarch:USAMIL': [
    { name: 'U.S. Army', aliases: ['US Army', 'United States Army'] },
    { name: 'U.S. Navy', aliases: ['US Navy', 'United States Navy'] },
    { name: 'U.S. Air Force', aliases: ['US Air Force', 'United States Air Force', 'USAF'] },
    { name: 'U.S. Marine Corps', aliases: ['US Marine Corps', 'United States Marine Corps', 'USMC'] },
    { name: 'U.S. Space Force', aliases: ['US Space Force', 'United States Space Force'] },
    { name: 'U.S. Central Command', aliases: ['United States Central Command', 'Us Central Command', 'Central Command', 'CENTCOM'] },
    { name: 'U.S. Indo-Pacific Command', aliases: ['Pacific Command', 'U.S. Pacific Command', 'US Pacific Command', 'US Indo-Pacific Command', 'United States Indo-Pacific Command', 'INDOPACOM'] },
    { name: 'Joint Special Operations Command', aliases: ['JSOC'] },
    { name: 'Defense Advanced Research Projects Agency', aliases: ['DARPA'] },
  ],
  'petrarch:GBRMIL': [
    { name: 'Royal Navy' },
    { name: 'Royal Air Force', aliases: ['RAF'] },
    { name: 'British Army' },
    { name: 'Royal Marines' },
  ],
  'petrarch:CHNMIL': [
    { name: "People's Liberation Army Navy", aliases: ['Peoples Liberation Army Navy', 'PLA Navy'] },
    { name: "People's Liberation Army Air Force", aliases: ['PLA Air Force'] },
    { name: "People's Liberation Army Rocket Force", aliases: ['PLA Rocket Force'] },
    { name: 'Central Military Commission', aliases: ['Chinese Central Military Commission'] },
  ],
  'petrarch:INDMIL': [
    { name: 'Special Frontier Force' },
    { name: 'Rashtriya Rifles' },
  ],
  'petrarch:USASPY': [
    { name: 'Central Intelligence Agency', aliases: ['CIA'] },
    { name: 'National Security Agency', aliases: ['NSA'] },
    { name: 'National Reconnaissance Office' },
    { name: 'National Geospatial-Intelligence Agency' },
    { name: 'Office of the Director of National Intelligence', aliases: ['ODNI'] },
  ],
  'petrarch:USACOP': [
    { name: 'Drug Enforcement Administration', aliases: ['Drug Enforcement Agency', 'DEA'] },
  ],
  // The two houses of India's parliament (sansad.in).
  'petrarch:INDGOVLEG/lok-sabha': [{ name: 'Rajya Sabha' }],
  // Syria's government is listed under its president's names.
  'petrarch:SYRGOV': [{ type: 'person', name: 'Bashar al-Assad', aliases: ['Bashar Assad', 'Bashar al Assad', 'Al Assad', 'Assad'] }],
}
