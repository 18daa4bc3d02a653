/** Deepest element nesting an HTML input may have; real pages stay far below it. */
export const MAX_HTML_DEPTH = 256

// Elements that never hold children, or whose end tag is optional: they add no reliable depth.
const FLAT = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen',
  'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'colgroup', 'rb', 'rt', 'rtc', 'rp',
  'html', 'head', 'body',
])
// Elements whose content is raw text up to their end tag.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext'])

const rawTextEnds = new Map<string, RegExp>()
function rawTextEnd(name: string): RegExp {
  let pattern = rawTextEnds.get(name)
  if (!pattern) {
    pattern = new RegExp(`</${name}`, 'gi')
    rawTextEnds.set(name, pattern)
  }
  return pattern
}

function isNameChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 45 || code === 58 || code === 95
}

/** Index just past the '>' that closes the tag starting at `from`, honouring quoted attribute values. */
function endOfTag(html: string, from: number): number {
  let quote = 0
  for (let i = from; i < html.length; i++) {
    const code = html.charCodeAt(i)
    if (quote) {
      if (code === quote) quote = 0
    } else if (code === 34 || code === 39) {
      quote = code
    } else if (code === 62) {
      return i + 1
    }
  }
  return html.length
}

/**
 * Measures how deeply elements nest in an HTML string with one linear scan and no DOM, stopping as
 * soon as the depth passes `limit` (so hostile input costs little). Returns the depth reached.
 *
 * @example
 * measureNestingDepth('<div><div><p>x</p></div></div>') // 2
 */
export function measureNestingDepth(html: string, limit = MAX_HTML_DEPTH): number {
  let depth = 0
  let deepest = 0
  let i = html.indexOf('<')
  while (i >= 0 && i < html.length) {
    const next = html.charCodeAt(i + 1)
    if (next === 33) {
      const close = html.startsWith('<!--', i) ? html.indexOf('-->', i + 4) : html.indexOf('>', i + 2)
      i = close < 0 ? html.length : close + (html.startsWith('<!--', i) ? 3 : 1)
    } else if (next === 63) {
      const close = html.indexOf('>', i + 2)
      i = close < 0 ? html.length : close + 1
    } else if (next === 47) {
      let j = i + 2
      while (j < html.length && isNameChar(html.charCodeAt(j))) j++
      const name = html.slice(i + 2, j).toLowerCase()
      if (name && !FLAT.has(name) && depth > 0) depth--
      i = endOfTag(html, j)
    } else if (isNameChar(next) && !(next >= 48 && next <= 57)) {
      let j = i + 1
      while (j < html.length && isNameChar(html.charCodeAt(j))) j++
      const name = html.slice(i + 1, j).toLowerCase()
      const end = endOfTag(html, j)
      const selfClosing = html.charCodeAt(end - 2) === 47
      if (RAW_TEXT.has(name)) {
        const closer = rawTextEnd(name)
        closer.lastIndex = end
        const close = closer.exec(html)
        i = close ? close.index : html.length
        continue
      }
      if (!selfClosing && !FLAT.has(name)) {
        depth++
        if (depth > deepest) {
          deepest = depth
          if (deepest > limit) return deepest
        }
      }
      i = end
    } else {
      i++
    }
    i = html.indexOf('<', i)
  }
  return deepest
}
