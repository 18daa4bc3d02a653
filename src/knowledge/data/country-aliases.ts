/**
 * Names of countries that English-language news uses and world-countries does not list, keyed by
 * ISO 3166-1 alpha-3 code. Source: the country entries of the Reuters and AP style guides and the
 * former short names in ISO 3166-1 (e.g. "Swaziland" until 2018, "Turkey" until 2022).
 */
export const COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  GBR: ['Britain', 'UK', 'U.K.', 'United Kingdom of Great Britain and Northern Ireland'],
  USA: ['US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America'],
  TUR: ['Turkey'],
  RUS: ['Russian Federation'],
  CHN: ['PRC'],
  TWN: ['Republic of China'],
  KOR: ['ROK', 'Republic of Korea'],
  PRK: ['DPRK'],
  COD: ['DRC', 'Congo-Kinshasa', 'Democratic Republic of Congo'],
  COG: ['Congo-Brazzaville'],
  CIV: ['Ivory Coast'],
  MMR: ['Burma'],
  CZE: ['Czech Republic'],
  MKD: ['Macedonia', 'FYROM'],
  SWZ: ['Swaziland'],
  CPV: ['Cape Verde'],
  TLS: ['East Timor'],
  VAT: ['Holy See', 'Vatican'],
  ARE: ['UAE', 'U.A.E.', 'Emirates'],
  SAU: ['KSA'],
  NLD: ['Holland'],
  IRN: ['Persia'],
  LAO: ['Laos'],
  SYR: ['Syrian Arab Republic'],
  PSE: ['Palestinian territories', 'Palestinian Territories', 'Occupied Palestinian Territory'],
  BIH: ['Bosnia', 'Bosnia-Herzegovina'],
  FSM: ['Micronesia'],
  GNB: ['Guinea Bissau'],
  UNK: ['Kosova'],
  ESH: ['Western Sahara'],
}

// Native or alternative spellings that in English text are something else: a noun ("Island",
// Iceland's own name), a surname ("Mann", the Isle of Man), or a demonym listed as a spelling.
const ALT_SPELLING_STOP = new Set(['Island', 'Mann', 'Thai', 'Togolese'])

/**
 * Alternative spellings from world-countries that are not names a reader would take for the
 * country: ISO alpha-2 codes that are English words ("IN", "IT", "NO", "AM", "BE"). Any two-letter
 * code is left out unless listed in COUNTRY_ALIASES.
 */
export function isUsableAltSpelling(text: string): boolean {
  if (/^[A-Z]{2}$/.test(text) || ALT_SPELLING_STOP.has(text)) return false
  if (text.includes(',')) return false
  return /^[\p{Script=Latin}\p{M}\p{N}\s.'’()-]+$/u.test(text)
}

/**
 * Extra forms of demonyms, keyed by ISO alpha-3 code: nouns for people ("Briton"), informal plurals.
 * Source: the demonym tables of the CIA World Factbook ("Nationality: noun / adjective").
 */
export const DEMONYM_ALIASES: Readonly<Record<string, readonly string[]>> = {
  GBR: ['Briton', 'Britons', 'Brits'],
  USA: ['Americans'],
  FRA: ['Frenchman', 'Frenchmen', 'Frenchwoman'],
  NLD: ['Dutchman', 'Dutchmen'],
  DNK: ['Dane', 'Danes'],
  FIN: ['Finn', 'Finns'],
  SWE: ['Swede', 'Swedes'],
  POL: ['Pole', 'Poles'],
  TUR: ['Turk', 'Turks'],
  ESP: ['Spaniard', 'Spaniards'],
  PHL: ['Filipino', 'Filipinos', 'Filipina', 'Philippine'],
  NZL: ['New Zealanders', 'Kiwi', 'Kiwis'],
  ISL: ['Icelanders', 'Icelandic'],
  IRL: ['Irishman', 'Irishmen'],
  CHE: ['Swiss'],
  CZE: ['Czechs'],
  SVK: ['Slovaks'],
  AZE: ['Azeri', 'Azeris', 'Azerbaijanis'],
  KGZ: ['Kyrgyz'],
  TJK: ['Tajik', 'Tajiks'],
  UZB: ['Uzbek', 'Uzbeks'],
  KAZ: ['Kazakh', 'Kazakhs'],
  TKM: ['Turkmen'],
  ARE: ['Emirati', 'Emiratis'],
  SAU: ['Saudis'],
  IRQ: ['Iraqis'],
  YEM: ['Yemenis'],
  PSE: ['Palestinians'],
  ISR: ['Israelis'],
  AFG: ['Afghans'],
  PAK: ['Pakistanis'],
  BGD: ['Bangladeshis'],
  THA: ['Thais'],
  NPL: ['Nepali', 'Nepalis'],
  BIH: ['Bosnian', 'Bosnians'],
  SVN: ['Slovenian', 'Slovenians'],
  ARG: ['Argentinian', 'Argentinians'],
  ECU: ['Ecuadorian', 'Ecuadorians'],
  DJI: ['Djiboutian', 'Djiboutians'],
}

/**
 * Demonyms world-countries gives to more than one country, and the country they stand for in news:
 * the sovereign state rather than a territory ("French" is France, not the French Southern Lands).
 */
export const DEMONYM_OWNERS: Readonly<Record<string, string>> = {
  French: 'FRA',
  Dutch: 'NLD',
  Congolese: 'COD',
  Dominican: 'DOM',
  Indian: 'IND',
  American: 'USA',
  Norwegian: 'NOR',
}
