import { ARMED_GROUP_AGENTS } from '../data/organisation-words.ts'
import { CAMEO_AGENTS, cameoParts } from '../data/cameo-agents.ts'
import { latestRoleCode, personId } from '../kb-file.ts'
import type { KbEntry, KbEntryType, KbRole } from '../types.ts'
import { aliasFlags } from './alias-flags.ts'
import type { EnglishWords } from './english-words.ts'
import { initialsVariants, nameCase } from './name-case.ts'
import type { PetrarchActor } from './petrarch-format.ts'
import { hasOrganisationWord, hasRoleWord, letters, looksLikePerson, organisationNames, personNames, phraseWords, stripTitles } from './petrarch-names.ts'
import { slug } from './slug.ts'

export interface PetrarchDictionaries {
  countries: readonly PetrarchActor[]
  international: readonly PetrarchActor[]
  nonState: readonly PetrarchActor[]
}

export interface PetrarchEntryOptions {
  /** ISO 3166-1 alpha-3 codes of real countries: a code's prefix names a country only when it is one of these */
  countryCodes: ReadonlySet<string>
  words: EnglishWords
  /** corrections for actors the rules misread, keyed by the actor's phrase as written ('ABU_SAYYAF') */
  typeOverrides?: ReadonlyMap<string, KbEntryType | 'skip'>
}

type File = keyof PetrarchDictionaries

interface Draft {
  type: KbEntryType
  /** word lists; the first is the canonical name */
  names: string[][]
  /** acronyms the source gives in parentheses: "ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)" */
  acronyms: string[]
  codes: PetrarchActor['codes']
  file: File
}

function isCountryLevel(codes: PetrarchActor['codes']): boolean {
  return codes.every((c) => cameoParts(c.code.replace(/^~/, '')).slice(1).every((part) => !(part in CAMEO_AGENTS)))
}

function classify(actor: PetrarchActor, file: File, options: PetrarchEntryOptions): KbEntryType | 'skip' {
  const override = options.typeOverrides?.get(actor.name)
  if (override) return override
  if (actor.codes.length === 0) return 'skip'
  if (file === 'countries' && isCountryLevel(actor.codes)) return 'skip'
  const { words } = phraseWords(actor.name)
  if (words.length === 0) return 'skip'
  const stripped = stripTitles(words)
  if (!hasOrganisationWord(words)) {
    const dated = actor.codes.some((c) => c.from !== null || c.to !== null)
    if (dated || /CountryInfo|rulers/i.test(actor.comment) || looksLikePerson(words, options.words)) return stripped.length > 0 && !hasRoleWord(stripped) ? 'person' : 'skip'
  }
  if (hasRoleWord(words) && !hasOrganisationWord(words)) return 'skip'
  if (file === 'nonState') return 'group'
  const parts = cameoParts(actor.codes[0].code)
  if (parts[0] === 'IMG' || parts.some((p) => ARMED_GROUP_AGENTS.has(p))) return 'group'
  return 'organization'
}

function countryOf(codes: PetrarchActor['codes'], countryCodes: ReadonlySet<string>): string | null {
  const counts = new Map<string, number>()
  for (const { code } of codes) {
    const parts = cameoParts(code)
    const prefix = parts[0] === 'MNC' || parts[0] === 'NGO' ? parts[1] : parts[0]
    if (prefix && countryCodes.has(prefix)) counts.set(prefix, (counts.get(prefix) ?? 0) + 1)
  }
  let best: string | null = null
  for (const [code, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = code
  return best
}

function rolesOf(codes: PetrarchActor['codes']): KbRole[] {
  const seen = new Set<string>()
  const roles: KbRole[] = []
  for (const c of codes) {
    const key = `${c.code}|${c.from}|${c.to}`
    if (seen.has(key)) continue
    seen.add(key)
    roles.push({ code: c.code, from: c.from, to: c.to })
  }
  return roles.sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''))
}

const SOURCE: Record<File, string> = { countries: 'petrarch-countries', international: 'petrarch-international', nonState: 'petrarch-nonstate' }

/** Groups drafts that name the same thing: same code and type, and a shared name or an acronym of one another. */
function mergeSameCode(drafts: Draft[]): Draft[] {
  const out: Draft[] = []
  const byCode = new Map<string, Draft[]>()
  const key = (words: readonly string[]) => words.map(letters).join(' ')
  const initialsOf = (d: Draft) => new Set(d.names.filter((n) => n.length > 1).flatMap((n) => initialsVariants(n)))
  const acronymIn = (d: Draft, initials: ReadonlySet<string>) => d.names.some((n) => n.length === 1 && initials.has(n[0].replace(/\./g, '')))
  for (const draft of drafts) {
    const code = draft.codes[0].code
    const names = new Set(draft.names.map(key))
    const initials = initialsOf(draft)
    const same = byCode.get(code) ?? []
    const target = same.find((o) => o.type === draft.type && (o.names.some((n) => names.has(key(n))) || acronymIn(o, initials) || acronymIn(draft, initialsOf(o))))
    if (target) {
      target.names.push(...draft.names)
      target.acronyms.push(...draft.acronyms)
      target.codes = [...target.codes, ...draft.codes]
      continue
    }
    const copy = { ...draft, names: [...draft.names], acronyms: [...draft.acronyms], codes: [...draft.codes] }
    out.push(copy)
    byCode.set(code, [...same, copy])
  }
  return out
}

/** Joins people listed twice (as "KOFI_ANNAN" and "K._ANNAN") when they share a name and a country. */
function mergePeople(drafts: Iterable<Draft & { country: string | null }>): (Draft & { country: string | null })[] {
  const out: (Draft & { country: string | null })[] = []
  const byName = new Map<string, Draft & { country: string | null }>()
  const key = (words: readonly string[], country: string | null) => `${words.map(letters).join(' ')}|${country ?? ''}`
  for (const draft of drafts) {
    const target = draft.names.map((n) => byName.get(key(n, draft.country))).find((d) => d !== undefined)
    if (target) {
      target.names.push(...draft.names)
      target.codes = [...target.codes, ...draft.codes]
    } else out.push(draft)
    const holder = target ?? draft
    for (const n of draft.names) if (!byName.has(key(n, draft.country))) byName.set(key(n, draft.country), holder)
  }
  return out
}

function displayAliases(draft: Draft, acronyms: ReadonlySet<string>, words: EnglishWords): KbEntry['aliases'] {
  const seen = new Set<string>()
  const aliases: KbEntry['aliases'] = []
  const add = (text: string) => {
    const k = text.toLowerCase()
    if (seen.has(k) || text.length < 2) return
    seen.add(k)
    aliases.push({ text, flags: aliasFlags(text, words) })
  }
  for (const name of draft.names) {
    // Single letters joined by nothing else ("U S A") are not names anyone writes.
    if (name.every((w) => letters(w).length <= 1)) continue
    add(nameCase(name, acronyms))
  }
  for (const a of draft.acronyms) add(a)
  return aliases
}

/**
 * Turns the PETRARCH actor dictionaries into knowledge-base entries: people (leaders and elites,
 * with their dated roles), organisations (IGOs, NGOs, companies, state institutions) and armed
 * groups. Country-level actors are left to the country list; titles are dropped from names, and
 * synonyms that name someone else (a group's leader listed under the group) are left out.
 */
export function petrarchEntries(dictionaries: PetrarchDictionaries, options: PetrarchEntryOptions): KbEntry[] {
  const persons: (Draft & { country: string | null })[] = []
  const organisations: Draft[] = []
  const initialsByCode = new Map<string, Set<string>>()
  const typed: { actor: PetrarchActor; file: File; type: KbEntryType }[] = []
  for (const file of ['international', 'nonState', 'countries'] as const) {
    for (const actor of dictionaries[file]) {
      const type = classify(actor, file, options)
      if (type === 'skip') continue
      typed.push({ actor, file, type })
      if (type === 'person') continue
      const code = actor.codes[0].code
      let set = initialsByCode.get(code)
      if (!set) initialsByCode.set(code, (set = new Set()))
      for (const phrase of [actor.name, ...actor.synonyms]) {
        const { words, acronyms } = phraseWords(phrase)
        if (words.length > 1) for (const i of initialsVariants(words)) set.add(i)
        for (const a of acronyms) set.add(a.replace(/\./g, ''))
      }
    }
  }
  for (const { actor, file, type } of typed) {
    if (type === 'person') {
      const names = personNames(actor, options.words)
      if (names.length === 0) continue
      persons.push({ type, names, acronyms: [], codes: [...actor.codes], file, country: countryOf(actor.codes, options.countryCodes) })
      continue
    }
    const names = organisationNames(actor, initialsByCode.get(actor.codes[0].code) ?? new Set(), options.words)
    organisations.push({ type, names, acronyms: phraseWords(actor.name).acronyms, codes: [...actor.codes], file })
  }

  const entries: KbEntry[] = []
  const merged = mergeSameCode(organisations)
  // The actor a code names takes the bare code as its id: the one whose initials are the code's last
  // part ("World Health Organization" for IGOUNOHLHWHO), else the first listed ("THE_UNITED_NATIONS"
  // before UN staff and units).
  const owner = new Map<string, Draft>()
  const namesCode = (d: Draft, code: string) => d.names.some((n) => n.length > 1 && initialsVariants(n).includes(code.slice(-3)))
  for (const d of merged) {
    const code = d.codes[0].code
    const current = owner.get(code)
    if (!current || (!namesCode(current, code) && namesCode(d, code))) owner.set(code, d)
  }
  const usedIds = new Set<string>()
  const uniqueId = (id: string) => {
    let candidate = id
    for (let n = 2; usedIds.has(candidate); n++) candidate = `${id}-${n}`
    usedIds.add(candidate)
    return candidate
  }
  for (const d of merged) {
    const code = d.codes[0].code
    const acronyms = initialsByCode.get(code) ?? new Set<string>()
    const upper = new Set<string>()
    for (const name of d.names) {
      for (const w of name) {
        const bareWord = w.replace(/\./g, '')
        if (acronyms.has(bareWord) || /^[B-DF-HJ-NP-TV-Z]{2,5}$/.test(bareWord) || /^(?:[A-Z]\.){2,}$/.test(w)) upper.add(w)
      }
    }
    const aliases = displayAliases(d, upper, options.words)
    if (aliases.length === 0) continue
    const base = owner.get(code) === d ? `petrarch:${code}` : `petrarch:${code}/${slug(aliases[0].text)}`
    entries.push({
      id: uniqueId(base),
      type: d.type,
      name: aliases[0].text,
      aliases,
      source: SOURCE[d.file],
      country: countryOf(d.codes, options.countryCodes),
      cameo: code,
      roles: [],
    })
  }
  for (const d of mergePeople(persons)) {
    const aliases = displayAliases(d, new Set(), options.words)
    if (aliases.length === 0) continue
    const country = countryOf(d.codes, options.countryCodes)
    const roles = rolesOf(d.codes)
    entries.push({
      id: uniqueId(personId(aliases[0].text, country)),
      type: 'person',
      name: aliases[0].text,
      aliases,
      source: SOURCE[d.file],
      country,
      cameo: latestRoleCode(roles),
      roles,
    })
  }
  return entries
}
