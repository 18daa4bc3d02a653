const VOWELS = /[aeiou]/
const SIBILANT = /(s|x|z|ch|sh)$/

function isConsonantY(word: string): boolean {
  return word.length > 2 && word.endsWith('y') && !VOWELS.test(word.charAt(word.length - 2))
}

/** A one-syllable word ending consonant–vowel–consonant doubles its last letter: ban → banned. */
function doublesFinal(word: string): boolean {
  const syllables = word.match(/[aeiouy]+/g)?.length ?? 0
  return syllables === 1 && /[^aeiou][aeiou][bdgklmnprt]$/.test(word)
}

/**
 * Plural forms of a noun (and the third person of a verb): 'regime' → ['regime', 'regimes'].
 *
 * @example
 * nounForms('puppet') // ['puppet', 'puppets']
 * nounForms('policy') // ['policy', 'policies']
 */
export function nounForms(word: string): string[] {
  if (!/^[a-z]+$/.test(word.replace(/-/g, ''))) return [word]
  if (word.endsWith('man')) return [word, word.slice(0, -3) + 'men']
  if (isConsonantY(word)) return [word, word.slice(0, -1) + 'ies']
  if (SIBILANT.test(word)) return [word, word + 'es']
  return [word, word + 's']
}

/**
 * The regular forms of a verb: 'destroy' → destroy, destroys, destroyed, destroying.
 *
 * @example
 * verbForms('ban') // ['ban', 'bans', 'banned', 'banning']
 * verbForms('invade') // ['invade', 'invades', 'invaded', 'invading']
 */
export function verbForms(word: string): string[] {
  if (!/^[a-z]+$/.test(word)) return [word]
  const forms = new Set<string>(nounForms(word))
  if (word.endsWith('e')) {
    forms.add(word + 'd')
    if (!word.endsWith('ee')) forms.add(word.slice(0, -1) + 'ing')
    else forms.add(word + 'ing')
  } else if (isConsonantY(word)) {
    forms.add(word.slice(0, -1) + 'ied')
    forms.add(word + 'ing')
  } else if (doublesFinal(word)) {
    const last = word.charAt(word.length - 1)
    forms.add(word + last + 'ed')
    forms.add(word + last + 'ing')
  } else {
    forms.add(word + 'ed')
    forms.add(word + 'ing')
  }
  return [...forms]
}
