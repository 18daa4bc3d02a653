/** How a verb form is inflected: it decides which neighbouring words make the form read as a verb. */
export type VerbFormKind = 'base' | 's' | 'ed' | 'ing'

export type VerbForms = Record<VerbFormKind, string[]>

const VOWEL = /[aeiou]/

function doublesFinalConsonant(word: string): boolean {
  // One-syllable consonant–vowel–consonant verbs double the consonant: ban → banned, stop → stopping.
  const syllables = word.match(/[aeiouy]+/g)?.length ?? 0
  return syllables === 1 && /[^aeiou][aeiou][bcdfgklmnprstvz]$/.test(word)
}

/**
 * The regular inflections of an English verb, in the way the PETRARCH dictionaries expect them to be
 * generated when a verb line lists no irregular forms.
 *
 * @example
 * regularVerbForms('deploy') // { base: ['deploy'], s: ['deploys'], ed: ['deployed'], ing: ['deploying'] }
 * regularVerbForms('ban')    // { base: ['ban'], s: ['bans'], ed: ['banned'], ing: ['banning'] }
 */
export function regularVerbForms(base: string): VerbForms {
  const w = base.toLowerCase()
  if (/[^aeiou]y$/.test(w)) return { base: [w], s: [w.slice(0, -1) + 'ies'], ed: [w.slice(0, -1) + 'ied'], ing: [w + 'ing'] }
  if (/(ee|ye|oe)$/.test(w)) return { base: [w], s: [w + 's'], ed: [w + 'd'], ing: [w + 'ing'] }
  if (w.endsWith('e')) return { base: [w], s: [w + 's'], ed: [w + 'd'], ing: [w.slice(0, -1) + 'ing'] }
  if (/(s|x|z|ch|sh)$/.test(w)) return { base: [w], s: [w + 'es'], ed: [w + 'ed'], ing: [w + 'ing'] }
  if (doublesFinalConsonant(w) && VOWEL.test(w)) {
    const d = w + w.at(-1)
    return { base: [w], s: [w + 's'], ed: [d + 'ed'], ing: [d + 'ing'] }
  }
  return { base: [w], s: [w + 's'], ed: [w + 'ed'], ing: [w + 'ing'] }
}

/**
 * Guesses the inflection of a listed irregular form from its ending (PETRARCH lists them unlabelled).
 *
 * @example
 * formKind('said', 'say') // 'ed'
 * formKind('says', 'say') // 's'
 */
export function formKind(form: string, base: string): VerbFormKind {
  const f = form.toLowerCase()
  const b = base.toLowerCase()
  if (f === b) return /ed$/.test(f) && !/eed$/.test(f) ? 'ed' : /ing$/.test(f) && f.length > 5 ? 'ing' : 'base'
  if (f.endsWith('ing')) return 'ing'
  if (f.endsWith('s') && !b.endsWith('s')) return 's'
  if (/(ses|xes|zes|ches|shes)$/.test(f) && f.startsWith(b)) return 's'
  return 'ed'
}
