/** What an actor in a PETRARCH dictionary names, as far as its codes and notes tell. */
export type PetrarchActorKind = 'person' | 'organisation' | 'place'

/** One actor block of a PETRARCH `.actors` file: the main name, its synonyms, and what it names. */
export interface PetrarchActor {
  names: string[]
  kind: PetrarchActorKind
}

// Leading words that PETRARCH includes in a person's entry but that news annotation leaves out of the name.
const TITLES = new Set(
  'PRESIDENT VICE PRIME MINISTER FOREIGN DEFENSE DEFENCE SECRETARY SECRETARY-GENERAL GENERAL GEN. LT. COL. COLONEL MAJOR CAPTAIN ADMIRAL MARSHAL FIELD KING QUEEN PRINCE PRINCESS CROWN SHEIKH SHEIK EMIR AMIR SULTAN SHAH AYATOLLAH IMAM MULLAH CLERIC CARDINAL POPE BISHOP ARCHBISHOP REV. REVEREND DR DR. SIR LORD LADY BARON JONKHEER MR MR. MRS MRS. MS MS. SENATOR SEN. GOVERNOR GOV. CHANCELLOR PREMIER AMBASSADOR CHAIRMAN LEADER DICTATOR JUDGE JUSTICE'.split(' '),
)

/** Splits a PETRARCH phrase (words joined by `_`, a trailing `_` marking an exact word) into words. */
function phraseWords(phrase: string): string[] {
  return phrase
    .replace(/\([^)]*\)/g, ' ')
    .split(/[_\s]+/)
    .filter((w) => w.length > 0)
}

function cleanName(phrase: string, kind: PetrarchActorKind): string | null {
  let words = phraseWords(phrase)
  if (words[0] === 'THE') words = words.slice(1)
  if (kind === 'person') while (words.length > 1 && TITLES.has(words[0])) words = words.slice(1)
  if (words.length === 0 || words.some((w) => !/\p{L}/u.test(w))) return null
  return words.join(' ')
}

/** Options for {@link readPetrarchActors}. */
export interface PetrarchReadOptions {
  /** In the countries dictionary a bare three-letter code is a country: its block names places. */
  countryCodesArePlaces?: boolean
}

/**
 * Reads the actor blocks of a PETRARCH actor dictionary (`Phoenix.*.actors.txt`, MIT licence): a main
 * line `NAME_ [CODE]`, `+SYNONYM` lines, and indented `[CODE date-range]` lines; `#` starts a comment.
 * A block names a person when its codes carry dates or its note cites a rulers list, a place when its
 * only code is a three-letter country code (in the countries dictionary), and otherwise an organisation.
 *
 * @example
 * readPetrarchActors('KOFI_ANNAN_\n+K._ANNAN_\n\t[IGOUNO 970101-061231]\n')
 * // [{ names: ['KOFI ANNAN', 'K. ANNAN'], kind: 'person' }]
 */
export function readPetrarchActors(text: string, { countryCodesArePlaces = false }: PetrarchReadOptions = {}): PetrarchActor[] {
  const blocks: { phrases: string[]; codes: string[]; notes: string }[] = []
  let block: (typeof blocks)[number] | null = null
  for (const rawLine of text.split(/\r?\n/)) {
    const hash = rawLine.indexOf('#')
    const line = hash >= 0 ? rawLine.slice(0, hash) : rawLine
    const note = hash >= 0 ? rawLine.slice(hash) : ''
    if (/^\s*$/.test(line)) {
      if (block && note) block.notes += note
      continue
    }
    if (/^!.*!\s*=/.test(line)) continue
    const bracket = line.indexOf('[')
    const phrase = (bracket >= 0 ? line.slice(0, bracket) : line).trim()
    const codes = [...line.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1].trim())
    if (/^\s/.test(line) && phrase === '') {
      if (block) {
        block.codes.push(...codes)
        block.notes += note
      }
    } else if (line.startsWith('+')) {
      if (block) {
        block.phrases.push(phrase.slice(1))
        block.codes.push(...codes)
      }
    } else {
      block = { phrases: [phrase], codes, notes: note }
      blocks.push(block)
    }
  }
  const actors: PetrarchActor[] = []
  for (const { phrases, codes, notes } of blocks) {
    const kind: PetrarchActorKind =
      codes.some((c) => /\d/.test(c)) || /rulers|CountryInfo/i.test(notes)
        ? 'person'
        : countryCodesArePlaces && codes.length > 0 && codes.every((c) => /^[A-Z]{3}$/.test(c))
          ? 'place'
          : 'organisation'
    const names = [...new Set(phrases.flatMap((p) => p.split('+')).map((p) => cleanName(p, kind)).filter((n): n is string => n !== null))]
    if (names.length > 0) actors.push({ names, kind })
  }
  return actors
}
