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
