/** Particles that stay lower case inside a person's or a group's name ("Bashar al-Assad", "Osama bin Laden"). */
const LOWER_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'y', 'wa', 'fi'])
/** Small words that stay lower case inside organisation names ("Organization of the Islamic Cooperation"). */
const LOWER_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'by', 'a', 'an', 'or', 'with'])
const ROMAN = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII)$/

function capitaliseWord(word: string, first: boolean): string {
  if (word === '') return word
  // Initials and dotted acronyms keep their capitals: "W.", "U.N."
  if (/^(?:\p{Lu}\.)+$/u.test(word)) return word
  // "Elizabeth II", but "Xi Jinping"
  if (!first && ROMAN.test(word)) return word
  const lower = word.toLowerCase()
  if (/^mc\p{L}{2,}/u.test(lower)) return 'Mc' + lower.charAt(2).toUpperCase() + lower.slice(3)
  // O'Neil, d'Estaing
  const apostrophe = /^(\p{L}{1,2})['’](\p{L}.*)$/u.exec(lower)
  if (apostrophe) {
    const head = apostrophe[1] === 'o' ? 'O' : apostrophe[1]
    return `${head}'${apostrophe[2].charAt(0).toUpperCase()}${apostrophe[2].slice(1)}`
  }
  return lower.charAt(0).toUpperCase() + lower.slice(1)
}

/**
 * Writes an upper-case dictionary phrase the way names are printed: "BASHAR_AL-ASSAD" → "Bashar al-Assad",
 * "ORGANIZATION_OF_THE_ISLAMIC_COOPERATION" → "Organization of the Islamic Cooperation". Words listed in
 * `acronyms` keep their capitals.
 *
 * @example
 * nameCase(['BAN', 'KI-MOON']) // 'Ban Ki-Moon'
 */
export function nameCase(words: readonly string[], acronyms: ReadonlySet<string> = new Set()): string {
  return words
    .map((word, index) => {
      if (acronyms.has(word)) return word
      const lower = word.toLowerCase()
      if (index > 0 && LOWER_WORDS.has(lower)) return lower
      return word
        .split('-')
        .map((part, k) => {
          const partLower = part.toLowerCase()
          if ((index > 0 || k > 0) && LOWER_PARTICLES.has(partLower)) return partLower
          return capitaliseWord(part, index === 0 && k === 0)
        })
        .join('-')
    })
    .join(' ')
}

// The first letter of each hyphen-separated part of a word, in capitals: "Non-Aligned" → "NA".
function partInitials(word: string): string {
  let out = ''
  for (let at = 0; ; ) {
    const letter = word.charAt(at)
    const c = letter.charCodeAt(0)
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && /\p{L}/u.test(letter))) out += letter.toUpperCase()
    const dash = word.indexOf('-', at)
    if (dash < 0) return out
    at = dash + 1
  }
}

/** The first letters of a name's capitalised words, small words skipped: "North Atlantic Treaty Organization" → "NATO". */
export function initials(words: readonly string[]): string {
  let out = ''
  for (const word of words) if (!LOWER_WORDS.has(word.toLowerCase())) out += partInitials(word)
  return out
}

/** The initials with and without hyphenated parts counted, so "Non-Aligned Movement" gives both "NAM" and "NM". */
export function initialsVariants(words: readonly string[]): string[] {
  let whole = ''
  let parts = ''
  for (const word of words) {
    if (LOWER_WORDS.has(word.toLowerCase())) continue
    whole += word.charAt(0).toUpperCase()
    parts += partInitials(word)
  }
  return whole === parts ? [whole] : [whole, parts]
}
