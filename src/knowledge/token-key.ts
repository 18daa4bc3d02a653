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

// Keys by token text, so that a word met again needs no new string (whose hash would be computed
// again wherever it is looked up).
const keysByText = new Map<string, string>()
const MAX_REMEMBERED_KEYS = 100_000

// True for a text that is its own key: plain ASCII without capitals or full stops ("said", "don't").
function isOwnKey(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 128 || c === 46 || (c >= 65 && c <= 90)) return false
  }
  return true
}

function rememberedKey(text: string): string {
  // Most words are already keys: they need neither a new string nor a place in the memory.
  if (isOwnKey(text)) return text
  let key = keysByText.get(text)
  if (key === undefined) {
    key = tokenKey(text)
    if (keysByText.size >= MAX_REMEMBERED_KEYS) keysByText.clear()
    keysByText.set(text, key)
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
  return (index) => (cache[index] ??= rememberedKey(tokens[index].text))
}
