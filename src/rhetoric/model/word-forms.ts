/**
 * Word shape: capitals become X, small letters x, digits d, other characters stay; runs longer than
 * two collapse, so 'Obama' → 'Xxx', 'U.S.' → 'X.X.', '1,200' → 'd,dd'.
 *
 * @example
 * wordShape('McCain') // 'XxXxx'
 */
export function wordShape(word: string): string {
  let out = ''
  let last = ''
  let run = 0
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i)
    const ch = word.charAt(i)
    let c: string
    if (code >= 65 && code <= 90) c = 'X'
    else if (code >= 97 && code <= 122) c = 'x'
    else if (code >= 48 && code <= 57) c = 'd'
    else if (code < 128) c = ch
    else c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch
    if (c === last) {
      run++
      if (run > 2) continue
    } else {
      last = c
      run = 1
    }
    out += c
  }
  return out
}

/**
 * A crude lemma: the lower-cased word with a common inflectional or adverbial suffix stripped,
 * enough to group 'attacks', 'attacked' and 'attacking'.
 *
 * @example
 * stemWord('Attacked') // 'attack'
 */
export function stemWord(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '')
  const n = w.length
  if (n > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y'
  else if (n > 5 && w.endsWith('ing')) w = w.slice(0, -3)
  else if (n > 4 && w.endsWith('ed')) w = w.slice(0, -2)
  else if (n > 4 && w.endsWith('ly')) w = w.slice(0, -2)
  else if (n > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1)
  return w
}
