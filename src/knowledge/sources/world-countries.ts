import { COUNTRY_ALIASES, DEMONYM_ALIASES, DEMONYM_OWNERS, isUsableAltSpelling } from '../data/country-aliases.ts'
import type { KbAlias, KbEntry } from '../types.ts'
import { aliasFlags } from './alias-flags.ts'
import type { EnglishWords } from './english-words.ts'

/** The fields of a world-countries record the knowledge base reads. */
export interface WorldCountry {
  name: { common: string; official: string }
  cca2: string
  cca3: string
  altSpellings: readonly string[]
  capital?: readonly string[]
  demonyms?: { eng?: { m: string; f: string } }
  independent?: boolean | null
  unMember?: boolean
  area?: number
}

function aliasList(texts: Iterable<string>, words: EnglishWords): KbAlias[] {
  const seen = new Set<string>()
  const out: KbAlias[] = []
  for (const raw of texts) {
    const text = raw.replace(/^The\s+/, '').trim()
    if (text.length < 2 || seen.has(text)) continue
    seen.add(text)
    out.push({ text, flags: aliasFlags(text, words) })
  }
  return out
}

/** "Pakistani" → "Pakistanis"; "French", "Chinese", "Swiss" have no plural of their own. */
export function demonymPlural(demonym: string): string | null {
  if (/(?:ese|ss|sh|ch|x|z|s)$/.test(demonym)) return null
  return demonym + 's'
}

/** Which country a demonym shared by several countries stands for: the listed owner, else a UN member, else the larger. */
function demonymOwner(demonym: string, claimants: readonly WorldCountry[]): WorldCountry {
  const listed = DEMONYM_OWNERS[demonym]
  const owner = listed ? claimants.find((c) => c.cca3 === listed) : undefined
  if (owner) return owner
  return [...claimants].sort((a, b) => Number(!!b.unMember) - Number(!!a.unMember) || (b.area ?? 0) - (a.area ?? 0))[0]
}

/**
 * Country entries (`country:FRA`, a location) and nationality entries (`nationality:FRA`, linked to
 * the country by `country`) from world-countries, with the aliases English news uses added.
 */
export function countryEntries(countries: readonly WorldCountry[], words: EnglishWords): { countries: KbEntry[]; nationalities: KbEntry[] } {
  const out: KbEntry[] = []
  const byDemonym = new Map<string, WorldCountry[]>()
  for (const c of countries) {
    // A one-word spelling that is an English word ("Island" for Iceland) would be taken everywhere.
    const spellings = c.altSpellings.filter((s) => isUsableAltSpelling(s) && !(!/\s/.test(s) && words.isCommonWord(s.toLowerCase())))
    const names = [c.name.common, c.name.official, ...spellings, ...(COUNTRY_ALIASES[c.cca3] ?? [])]
    out.push({
      id: `country:${c.cca3}`,
      type: 'location',
      name: c.name.common,
      aliases: aliasList(names, words),
      source: 'world-countries',
      country: c.cca3,
      cameo: c.cca3,
      roles: [],
      cca2: c.cca2,
    })
    const eng = c.demonyms?.eng
    if (!eng) continue
    for (const form of new Set([eng.m, eng.f])) {
      for (const demonym of form.split(/\s+or\s+/)) byDemonym.set(demonym, [...(byDemonym.get(demonym) ?? []), c])
    }
  }
  const forms = new Map<string, string[]>()
  for (const [demonym, claimants] of byDemonym) {
    const owner = demonymOwner(demonym, claimants)
    const list = forms.get(owner.cca3) ?? []
    list.push(demonym)
    const plural = demonymPlural(demonym)
    if (plural) list.push(plural)
    forms.set(owner.cca3, list)
  }
  const nationalities: KbEntry[] = []
  for (const c of countries) {
    const list = [...(forms.get(c.cca3) ?? []), ...(DEMONYM_ALIASES[c.cca3] ?? [])]
    if (list.length === 0) continue
    nationalities.push({
      id: `nationality:${c.cca3}`,
      type: 'nationality',
      name: list[0],
      aliases: aliasList(list, words),
      source: 'world-countries',
      country: c.cca3,
      cameo: c.cca3,
      roles: [],
    })
  }
  return { countries: out, nationalities }
}
