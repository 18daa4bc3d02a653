import type { Token } from '../text/types.ts'
import { fitsCase } from './case-fit.ts'
import { Trie } from './trie.ts'
import { tokenKeys, type TokenKeys } from './token-key.ts'
import { AliasFlag } from './types.ts'

/** One phrase to recognise: its tokens' keys (see `tokenKey`), the value it stands for, and its alias flags. */
export interface GazetteerPhrase {
  keys: readonly string[]
  value: number
  flags: number
}

export interface GazetteerCandidate {
  value: number
  flags: number
}

/** A phrase found in a token array: tokens `start` to `end` (exclusive) and the values whose case fits. */
export interface GazetteerHit {
  start: number
  end: number
  /** in the order the phrases were added: earlier phrases are preferred readings */
  candidates: readonly GazetteerCandidate[]
}

export interface Gazetteer {
  /** number of phrases */
  readonly size: number
  /**
   * Finds phrases in tokens `from`..`to`, left to right; where phrases overlap the longest one that
   * starts first wins. Only tokens that can begin a name (a capital, a digit, "al-…") start a match.
   */
  match(tokens: readonly Token[], from?: number, to?: number, keys?: TokenKeys): GazetteerHit[]
  /** Every value stored under exactly these keys, whatever the case. */
  lookup(keys: readonly string[]): readonly GazetteerCandidate[]
  /** the compiled trie, to store with `trie.toParts()` */
  readonly trie: Trie
}

export interface GazetteerOptions {
  /**
   * true (the default): phrases are names, so a match starts only at a capitalised token and each
   * phrase's case flags are checked; false: phrases are ordinary words ("foreign minister") matched in any case.
   */
  properNames?: boolean
}

const START_PARTICLES = new Set(['al', 'el', 'ad', 'an', 'as', 'ash', 'at', 'ar', 'az', 'ath'])

function canStart(token: Token): boolean {
  const text = token.text
  const c = text.charCodeAt(0)
  if (token.kind !== 'word' && token.kind !== 'number') return false
  if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true
  if (c >= 97 && c <= 122) {
    // Only "al", "el", "ash"… (alone or before a hyphen) open a name in lower case.
    if (text.length <= 3) return START_PARTICLES.has(text)
    const dash = text.charCodeAt(2) === 45 ? 2 : text.charCodeAt(3) === 45 ? 3 : -1
    return dash > 0 && START_PARTICLES.has(text.slice(0, dash))
  }
  return c > 127 && text.charAt(0) !== text.charAt(0).toLowerCase()
}

/**
 * Compiles phrases into a token-level trie once (or takes a trie compiled before); matching then
 * costs one map lookup per token.
 *
 * @example
 * const g = createGazetteer([{ keys: ['united', 'nations'], value: 0, flags: 0 }])
 * g.match(tokenize('The United Nations met.')) // [{ start: 1, end: 3, candidates: [{ value: 0, flags: 0 }] }]
 */
export function createGazetteer(phrases: Iterable<GazetteerPhrase> | Trie, { properNames = true }: GazetteerOptions = {}): Gazetteer {
  let trie: Trie
  if (phrases instanceof Trie) trie = phrases
  else {
    trie = new Trie()
    for (const phrase of phrases) trie.add(phrase.keys, phrase.value, phrase.flags)
  }

  function match(tokens: readonly Token[], from = 0, to = tokens.length, keyOf: TokenKeys = tokenKeys(tokens)): GazetteerHit[] {
    const hits: GazetteerHit[] = []
    for (let i = from; i < to; i++) {
      if (properNames ? !canStart(tokens[i]) : tokens[i].kind !== 'word') continue
      let node = 0
      let bestEnd = -1
      let best: GazetteerCandidate[] | null = null
      for (let j = i; j < to; j++) {
        const id = trie.word(keyOf(j))
        if (id < 0) break
        node = trie.child(node, id)
        if (node < 0) break
        if (!trie.isTerminal(node)) continue
        const terminal = trie.candidates(node)
        const fitting = properNames ? terminal.filter((c) => fitsCase(tokens, keyOf, i, j + 1, c.flags) && (!(c.flags & AliasFlag.needsArticle) || (i > 0 && keyOf(i - 1) === 'the'))) : terminal
        if (fitting.length > 0) {
          bestEnd = j + 1
          best = fitting
        }
      }
      if (best) {
        hits.push({ start: i, end: bestEnd, candidates: best })
        i = bestEnd - 1
      }
    }
    return hits
  }

  function lookup(keys: readonly string[]): readonly GazetteerCandidate[] {
    const node = trie.walk(keys)
    return node < 0 ? [] : trie.candidates(node)
  }

  return { size: trie.size, match, lookup, trie }
}
