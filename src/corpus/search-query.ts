/** One part of a full-text query: alternatives joined by OR, each a word or a quoted phrase. */
export interface QueryClause {
  any: string[][]
  negated: boolean
}

const TOKEN = /(-?)"([^"]*)"?|(\S+)/gu

function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0)
}

/**
 * Reads a search box query the way web search engines do: words must all appear, "quoted phrases"
 * appear as written, `OR` between two terms accepts either, and a leading `-` excludes a term.
 * Punctuation is ignored.
 *
 * @example
 * parseQuery('troops "border post" -exercise') // 3 clauses, the last negated
 */
export function parseQuery(text: string): QueryClause[] {
  const clauses: QueryClause[] = []
  let joinNext = false
  for (const m of text.matchAll(TOKEN)) {
    if (m[3] === 'OR') {
      joinNext = clauses.length > 0
      continue
    }
    const negated = m[1] === '-' || (m[3]?.startsWith('-') ?? false)
    const phrase = words(m[2] ?? m[3] ?? '')
    if (phrase.length === 0) continue
    const last = clauses.at(-1)
    if (joinNext && last && !last.negated && !negated) last.any.push(phrase)
    else clauses.push({ any: [phrase], negated })
    joinNext = false
  }
  return clauses
}

const quote = (phrase: string[]) => `"${phrase.join(' ').replaceAll('"', '""')}"`

/**
 * The FTS5 MATCH expression of a query, or null when it has no positive term (FTS5 cannot
 * match on exclusions alone).
 *
 * @example
 * fts5Expression('troops -exercise') // '("troops") NOT "exercise"'
 */
export function fts5Expression(text: string): string | null {
  const clauses = parseQuery(text)
  const positive = clauses.filter((c) => !c.negated)
  if (positive.length === 0) return null
  const and = positive.map((c) => `(${c.any.map(quote).join(' OR ')})`).join(' AND ')
  const not = clauses.filter((c) => c.negated).map((c) => ` NOT ${c.any.map(quote).join(' NOT ')}`)
  return `(${and})${not.join('')}`
}

/** Marks around matched words in snippets: Unicode noncharacters, which texts do not carry. */
export const MATCH_START = '\uFDD0'
export const MATCH_END = '\uFDD1'

/**
 * Turns a snippet with match marks into plain text and the ranges of the matches in it.
 *
 * @example
 * readSnippet('a \uFDD0b\uFDD1 c') // { snippet: 'a b c', highlights: [[2, 3]] }
 */
export function readSnippet(marked: string): { snippet: string; highlights: [number, number][] } {
  let snippet = ''
  const highlights: [number, number][] = []
  let open = -1
  for (const ch of marked) {
    if (ch === MATCH_START) open = snippet.length
    else if (ch === MATCH_END) {
      if (open >= 0 && snippet.length > open) {
        const last = highlights.at(-1)
        // Adjacent matched words read as one highlight.
        if (last && /^\s*$/u.test(snippet.slice(last[1], open))) last[1] = snippet.length
        else highlights.push([open, snippet.length])
      }
      open = -1
    } else if (/\s/u.test(ch)) {
      // Line breaks and runs of spaces read as one space in a one-line snippet.
      if (snippet.length > 0 && !snippet.endsWith(' ')) snippet += ' '
    } else snippet += ch
  }
  return { snippet: snippet.trimEnd(), highlights }
}

/** The opening of a text as a snippet when there is no query to match: about `length` characters, cut at a word. */
export function leadSnippet(text: string, length = 200): string {
  const flat = text.replace(/\s+/gu, ' ').trim()
  if (flat.length <= length) return flat
  const cut = flat.lastIndexOf(' ', length)
  return `${flat.slice(0, cut > length / 2 ? cut : length)}…`
}
