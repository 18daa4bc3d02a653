/** A code line of a PETRARCH actor entry: `[USAGOV]`, `[USAGOV >20090120]`, `[IGOUNO 970101-061231]`. */
export interface PetrarchCode {
  code: string
  /** YYYY-MM-DD, or null when open or unreadable */
  from: string | null
  to: string | null
}

/** One actor of a PETRARCH dictionary: its phrase, its `+` synonyms, its codes and its comments. */
export interface PetrarchActor {
  /** the phrase as written, e.g. 'BARACK_OBAMA' (the trailing '_' removed) */
  name: string
  synonyms: string[]
  codes: PetrarchCode[]
  /** comment text after '#' on the actor's lines */
  comment: string
  /** 1-based line number of the phrase */
  line: number
}

const CODE = /\[([^\]]*)\]/g

/**
 * Reads a date as PETRARCH writes it: YYYYMMDD, or YYMMDD where years 00–29 are 20YY and the rest
 * 19YY (the TABARI/KEDS convention). Returns YYYY-MM-DD, or null for anything else.
 */
export function petrarchDate(raw: string): string | null {
  let year: number
  let rest: string
  if (/^\d{8}$/.test(raw)) {
    year = Number(raw.slice(0, 4))
    rest = raw.slice(4)
  } else if (/^\d{6}$/.test(raw)) {
    const yy = Number(raw.slice(0, 2))
    year = yy < 30 ? 2000 + yy : 1900 + yy
    rest = raw.slice(2)
  } else return null
  const month = Number(rest.slice(0, 2))
  const day = Number(rest.slice(2, 4))
  if (month < 1 || month > 12 || day < 1 || day > 31) return null
  return `${String(year).padStart(4, '0')}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`
}

/** Parses the inside of one `[…]`: a code and an optional date restriction. */
export function parsePetrarchCode(inside: string): PetrarchCode | null {
  const m = /^\s*(~?[A-Z0-9]+)\s*(.*?)\s*$/.exec(inside)
  if (!m) return null
  const code = m[1]
  const restriction = m[2].replace(/\s+/g, '')
  if (restriction === '') return { code, from: null, to: null }
  if (restriction.startsWith('>')) return { code, from: petrarchDate(restriction.slice(1)), to: null }
  if (restriction.startsWith('<')) return { code, from: null, to: petrarchDate(restriction.slice(1)) }
  const range = /^(\d+)-(\d+)$/.exec(restriction)
  if (range) return { code, from: petrarchDate(range[1]), to: petrarchDate(range[2]) }
  return { code, from: null, to: null }
}

function cleanPhrase(raw: string): string {
  return raw.trim().replace(/\s+/g, '_').replace(/_+$/, '').replace(/^_+/, '')
}

/**
 * Parses a PETRARCH actor dictionary (Phoenix.Countries/International/MilNonState.actors.txt).
 * A line with a phrase starts an actor; `+` lines add synonyms to it; `[CODE …]` lines, on the same
 * line or after it, give codes. Phrases read before any code line share the codes that follow them,
 * as PETRARCH reads them.
 */
export function parsePetrarchActors(text: string): PetrarchActor[] {
  const actors: PetrarchActor[] = []
  let pending: PetrarchActor[] = []
  let current: PetrarchActor | null = null
  let coded = false
  const lines = text.split(/\r?\n/)
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n]
    const hash = raw.indexOf('#')
    const comment = hash >= 0 ? raw.slice(hash + 1).trim() : ''
    const body = hash >= 0 ? raw.slice(0, hash) : raw
    const codes: PetrarchCode[] = []
    for (const m of body.matchAll(CODE)) {
      const code = parsePetrarchCode(m[1])
      if (code) codes.push(code)
    }
    const words = body.replace(CODE, ' ').trim()
    if (words === '' && codes.length === 0) continue
    if (words.startsWith('+')) {
      if (!current) continue
      for (const part of words.split('+')) {
        const phrase = cleanPhrase(part)
        if (phrase) current.synonyms.push(phrase)
      }
    } else if (words !== '') {
      if (coded) {
        pending = []
        coded = false
      }
      current = { name: cleanPhrase(words), synonyms: [], codes: [], comment, line: n + 1 }
      actors.push(current)
      pending.push(current)
    } else if (comment && current) {
      current.comment += (current.comment ? ' ' : '') + comment
    }
    if (codes.length > 0) {
      for (const actor of pending) actor.codes.push(...codes)
      coded = true
    }
  }
  return actors
}

/** A role phrase of Phoenix.agents.txt with its agent code, substitution sets expanded. */
export interface PetrarchAgent {
  phrase: string
  agent: string
}

/**
 * Parses Phoenix.agents.txt: `PHRASE {PLURAL} [~CODE]` lines and `!SET! = A, B` substitution sets,
 * where a phrase containing `!SET!` stands for one phrase per member of the set.
 */
export function parsePetrarchAgents(text: string): PetrarchAgent[] {
  const sets = new Map<string, string[]>()
  const agents: PetrarchAgent[] = []
  for (const raw of text.split(/\r?\n/)) {
    const body = raw.replace(/#.*$/, '').trim()
    if (!body) continue
    const set = /^(![A-Z]+!)\s*=\s*(.+)$/.exec(body)
    if (set) {
      sets.set(set[1], set[2].split(',').map((s) => s.trim()).filter(Boolean))
      continue
    }
    const code = /\[~([A-Z]+)\]/.exec(body)
    if (!code) continue
    const plural = /\{([^}]*)\}/.exec(body)
    const head = body.replace(/\{[^}]*\}/g, ' ').replace(/\[[^\]]*\]/g, ' ').trim()
    const phrases = [head, ...(plural && plural[1].trim() ? [plural[1].trim()] : [])]
    for (const phrase of phrases) {
      for (const expanded of expandSets(phrase, sets)) {
        const clean = cleanPhrase(expanded)
        if (clean) agents.push({ phrase: clean, agent: code[1] })
      }
    }
  }
  return agents
}

function expandSets(phrase: string, sets: ReadonlyMap<string, string[]>): string[] {
  const m = /![A-Z]+!/.exec(phrase)
  if (!m) return [phrase]
  const members = sets.get(m[0])
  if (!members) return []
  return members.flatMap((member) => expandSets(phrase.slice(0, m.index) + member + phrase.slice(m.index + m[0].length), sets))
}
