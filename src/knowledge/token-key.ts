const MARKS = /\p{M}+/gu
const APOSTROPHES = /[’‘ʼ`´]/g
const DOTS = /\./g

/**
 * The form a token takes as a gazetteer key: lower case, without diacritics or full stops, with one
 * kind of apostrophe. "U.S." and "US" share a key, as do "Türkiye" and "Turkiye"; whether the case of
 * the text fits the entry is checked separately.
 *
 * @example
 * tokenKey('U.S.') // 'us'
 * tokenKey('Côte') // 'cote'
 */
export function tokenKey(text: string): string {
  let plain = true
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 128 || c === 46) {
      plain = false
      break
    }
  }
  if (plain) return text.toLowerCase()
  let key = text.normalize('NFD').replace(MARKS, '').replace(APOSTROPHES, "'").toLowerCase()
  if (key.length > 1 && key.includes('.')) {
    const stripped = key.replace(DOTS, '')
    if (stripped.length > 0) key = stripped
  }
  return key
}

/** The keys of a document's tokens, each computed once, on first use. */
export type TokenKeys = (index: number) => string

/**
 * @example
 * const key = tokenKeys(tokenize('The U.S. said'))
 * key(1) // 'us'
 */
export function tokenKeys(tokens: readonly { text: string }[]): TokenKeys {
  const cache: (string | undefined)[] = new Array(tokens.length)
  return (index) => (cache[index] ??= tokenKey(tokens[index].text))
}
