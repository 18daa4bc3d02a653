import type { Token } from '../text/types.ts'
import { fitsCase } from './case-fit.ts'
import { Trie, type TrieLookup } from './trie.ts'
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

/**
 * What a caller already knows of a document's tokens, one entry per token, so that `match` need not
 * work it out again: the same answers, read faster.
 */
export interface KnownTokens {
  /** the tokens' keys (`tokenKeys(tokens)`) */
  keys?: TokenKeys
  /** the ids of the tokens' keys in the gazetteer's trie (`trie.word`, -1 for none) */
  words?: ArrayLike<number>
  /** nonzero for the tokens that may start a name: words and numbers whose text passes `mayStartName` */
  starts?: ArrayLike<number>
}

export interface Gazetteer {
  /** number of phrases */
  readonly size: number
  /**
   * Finds phrases in tokens `from`..`to`, left to right; where phrases overlap the longest one that
   * starts first wins. Only tokens that can begin a name (a capital, a digit, "al-…") start a match.
   */
  match(tokens: readonly Token[], from?: number, to?: number, known?: KnownTokens): GazetteerHit[]
  /** Every value stored under exactly these keys, whatever the case. */
  lookup(keys: readonly string[]): readonly GazetteerCandidate[]
  /** The same as `lookup`, for keys given as their ids in the trie (`trie.word`): those of `words[from..to)`. */
  lookupWords(words: ArrayLike<number>, from: number, to: number): readonly GazetteerCandidate[]
  /** the compiled trie, to store with `trie.toParts()` */
  readonly trie: TrieLookup
}

export interface GazetteerOptions {
  /**
   * true (the default): phrases are names, so a match starts only at a capitalised token and each
   * phrase's case flags are checked; false: phrases are ordinary words ("foreign minister") matched in any case.
   */
  properNames?: boolean
}

const START_PARTICLES = ['al', 'el', 'ad', 'an', 'as', 'ash', 'at', 'ar', 'az', 'ath']
// The particles by their (16-bit) character codes packed in one number, so that a word is checked
// without making or hashing a string.
const packed = (text: string, length: number) => text.charCodeAt(0) + text.charCodeAt(1) * 0x1_0000 + (length > 2 ? text.charCodeAt(2) : 0) * 0x1_0000_0000
const PACKED_PARTICLES = new Set(START_PARTICLES.map((p) => packed(p, p.length)))
// The particles' first letters: most short words start with none of them and need no packing.
const PARTICLE_FIRSTS = new Set(START_PARTICLES.map((p) => p.charCodeAt(0)))

/** True when the first `length` characters of `text` are a particle that may open a name in lower case. */
function isStartParticle(text: string, length: number): boolean {
  return (length === 2 || length === 3) && PARTICLE_FIRSTS.has(text.charCodeAt(0)) && PACKED_PARTICLES.has(packed(text, length))
}

/**
 * True for the text of a word or number that may begin a name: a capital, a digit, or a particle
 * that opens names in lower case ("al-Assad", "el").
 */
export function mayStartName(text: string): boolean {
  const c = text.charCodeAt(0)
  if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true
  if (c >= 97 && c <= 122) {
    // Only "al", "el", "ash"… (alone or before a hyphen) open a name in lower case.
    if (text.length <= 3) return isStartParticle(text, text.length)
    const dash = text.charCodeAt(2) === 45 ? 2 : text.charCodeAt(3) === 45 ? 3 : -1
    return dash > 0 && isStartParticle(text, dash)
  }
  return c > 127 && text.charAt(0) !== text.charAt(0).toLowerCase()
}

function canStart(token: Token): boolean {
  return (token.kind === 'word' || token.kind === 'number') && mayStartName(token.text)
}

// Compass and position words that may stand between "the" and a name that needs it: "the central Mediterranean".
const POSITION_WORDS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'north-east', 'north-west', 'south-east', 'south-west', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'upper', 'lower', 'wider'])

/** True when "the" comes before token `start`, a lower-case position word aside ("the central Mediterranean"). */
function afterArticle(tokens: readonly Token[], keys: TokenKeys, start: number): boolean {
  if (start > 0 && keys(start - 1) === 'the') return true
  return start > 1 && POSITION_WORDS.has(tokens[start - 1].text) && keys(start - 2) === 'the'
}

function fits(flags: number, tokens: readonly Token[], keys: TokenKeys, start: number, end: number): boolean {
  return fitsCase(tokens, keys, start, end, flags) && (!(flags & AliasFlag.needsArticle) || afterArticle(tokens, keys, start))
}

// The candidates whose case fits tokens `start`..`end` and, for those needing it, that come after
// "the": all of them (the same list) when all fit.
function fittingCandidates(candidates: readonly GazetteerCandidate[], tokens: readonly Token[], keys: TokenKeys, start: number, end: number): readonly GazetteerCandidate[] {
  for (let k = 0; k < candidates.length; k++) {
    if (fits(candidates[k].flags, tokens, keys, start, end)) continue
    const out = candidates.slice(0, k)
    for (let m = k + 1; m < candidates.length; m++) if (fits(candidates[m].flags, tokens, keys, start, end)) out.push(candidates[m])
    return out
  }
  return candidates
}

/**
 * Compiles phrases into a token-level trie once (or takes a trie compiled before); matching then
 * costs one map lookup per token.
 *
 * @example
 * const g = createGazetteer([{ keys: ['united', 'nations'], value: 0, flags: 0 }])
 * g.match(tokenize('The United Nations met.')) // [{ start: 1, end: 3, candidates: [{ value: 0, flags: 0 }] }]
 */
export function createGazetteer(phrases: Iterable<GazetteerPhrase> | TrieLookup, { properNames = true }: GazetteerOptions = {}): Gazetteer {
  let trie: TrieLookup
  if (!(Symbol.iterator in phrases)) trie = phrases
  else {
    const built = new Trie()
    for (const phrase of phrases) built.add(phrase.keys, phrase.value, phrase.flags)
    trie = built
  }

  function match(tokens: readonly Token[], from = 0, to = tokens.length, known: KnownTokens = {}): GazetteerHit[] {
    const hits: GazetteerHit[] = []
    const { words, starts } = known
    let keyOf = known.keys
    for (let i = from; i < to; i++) {
      // A token whose key no phrase holds starts no match.
      if (words && words[i] < 0) continue
      if (properNames ? (starts ? starts[i] === 0 : !canStart(tokens[i])) : tokens[i].kind !== 'word') continue
      let node = 0
      let bestEnd = -1
      let best: readonly GazetteerCandidate[] | null = null
      for (let j = i; j < to; j++) {
        // Keys are compared by id: the caller's, or found from the token's text.
        const id = words ? words[j] : trie.wordOfText(tokens[j].text)
        if (id < 0) break
        node = trie.child(node, id)
        if (node < 0) break
        if (trie.isTerminal(node)) {
          const terminal = trie.candidateList(node)
          let fitting = terminal
          if (properNames) {
            keyOf ??= tokenKeys(tokens)
            fitting = fittingCandidates(terminal, tokens, keyOf, i, j + 1)
          }
          if (fitting.length > 0) {
            bestEnd = j + 1
            best = fitting
          }
        }
        if (!trie.hasChildren(node)) break
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
    return node < 0 ? [] : trie.candidateList(node)
  }

  function lookupWords(words: ArrayLike<number>, from: number, to: number): readonly GazetteerCandidate[] {
    let node = 0
    for (let i = from; i < to && node >= 0; i++) node = words[i] < 0 ? -1 : trie.child(node, words[i])
    return node < 0 ? [] : trie.candidateList(node)
  }

  return { size: trie.size, match, lookup, lookupWords, trie }
}
