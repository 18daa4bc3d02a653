const APOSTROPHES = /[’‘ʼ`´]/g
const DASHES = /[‐‑‒–]/g

/**
 * The form in which a token is compared with lexicon words: lower case, one kind of apostrophe, one
 * kind of hyphen. Full stops stay, so "U.S." never reads as "us".
 *
 * @example
 * cueKey('So‑Called') // 'so-called'
 * cueKey('There’s') // "there's"
 */
export function cueKey(text: string): string {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) >= 128) return text.replace(APOSTROPHES, "'").replace(DASHES, '-').toLowerCase()
  }
  return text.toLowerCase()
}

const KEY_CACHE_LIMIT = 100_000
const keyCache = new Map<string, string>()

/**
 * The `cueKey` of every token, remembered per token text: a text's words are mostly words seen
 * before, and the same key string for the same word makes the look-ups that follow cheaper.
 *
 * @example
 * cueKeys(tokenize('So‑Called')) // ['so-called']
 */
export function cueKeys(tokens: ReadonlyArray<{ text: string }>): string[] {
  const out = new Array<string>(tokens.length)
  for (let i = 0; i < tokens.length; i++) {
    const text = tokens[i].text
    let key = keyCache.get(text)
    if (key === undefined) {
      if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear()
      keyCache.set(text, (key = cueKey(text)))
    }
    out[i] = key
  }
  return out
}
