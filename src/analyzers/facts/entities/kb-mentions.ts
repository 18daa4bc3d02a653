import type { GazetteerHit } from '../../../knowledge/gazetteer.ts'
import type { KnowledgeBase } from '../../../knowledge/knowledge-base.ts'
import type { TokenKeys } from '../../../knowledge/token-key.ts'
import { AliasFlag } from '../../../knowledge/types.ts'
import type { Sentence, Token } from '../../../text/types.ts'
import type { MentionCandidate } from './mention.ts'
import { isTitleAt } from './titles.ts'
import { FUNCTION_WORDS, isCapitalised, isDateWord, isSentenceInitial, MONTHS, sentenceCase } from './token-context.ts'

const CURRENCIES = new Set(['dollar', 'dollars', 'pound', 'pounds', 'euro', 'euros', 'yuan', 'renminbi', 'rouble', 'roubles', 'ruble', 'rubles', 'rupee', 'rupees', 'peso', 'pesos', 'franc', 'francs', 'dinar', 'dinars', 'riyal', 'riyals', 'lira', 'shekel', 'shekels', 'yen', 'reais', 'rand', 'naira', 'cedi', 'cedis', 'hryvnia', 'krona', 'kronor', 'krone'])

/** A capitalised word that may belong to a longer name: not a title, a month, or a sentence-opening function word. */
function isNameWord(tokens: readonly Token[], keys: TokenKeys, i: number, sentence: Sentence): boolean {
  const t = tokens[i]
  if (!isCapitalised(t) || isTitleAt(tokens, keys, i)) return false
  const key = keys(i)
  if (MONTHS.has(key) && isDateWord(tokens, keys, i)) return false
  if (FUNCTION_WORDS.has(key) && (isSentenceInitial(tokens, sentence, i) || key.length <= 3)) return false
  return true
}

/**
 * Knowledge-base matches of one sentence turned into mention candidates. A match is dropped when
 * it is a common word opening the sentence ("Reading the report…"), or when a place, nationality
 * or one-word person name sits inside a longer unknown name ("Jordan Bardella", "Paris Agreement",
 * "Michelle Obama"): the surrounding name is left for the name finders.
 */
export function kbMentions(kb: KnowledgeBase, tokens: readonly Token[], keys: TokenKeys, sentence: Sentence): MentionCandidate[] {
  const hits = kb.names.match(tokens, sentence.tokenStart, sentence.tokenEnd, keys)
  if (hits.length === 0) return []
  let headline: boolean | undefined
  const covered = (i: number) => hits.some((h) => i >= h.start && i < h.end)
  const out: MentionCandidate[] = []
  for (const hit of hits) {
    const entries = distinctValues(hit)
    const first = kb.entry(entries[0])
    const single = hit.end - hit.start === 1
    // "Reading the report…", but "Greens Senator Hannah Walsh": a name goes on with a capital.
    if (single && hit.candidates.every((c) => c.flags & AliasFlag.commonWord) && isSentenceInitial(tokens, sentence, hit.start) && !isCapitalised(tokens[hit.end])) continue
    // "U.S. dollars" names a currency, not the country.
    if ((first.type === 'location' || first.type === 'nationality') && hit.end < sentence.tokenEnd && CURRENCIES.has(keys(hit.end))) continue
    const nameLike = first.type === 'location' || first.type === 'nationality' || (first.type === 'person' && single)
    if (nameLike) {
      const next = hit.end
      const previous = hit.start - 1
      const joinsNext = next < sentence.tokenEnd && !covered(next) && isNameWord(tokens, keys, next, sentence) && tokens[next].spaceBefore
      const joinsPrevious = previous >= sentence.tokenStart && !covered(previous) && isNameWord(tokens, keys, previous, sentence) && tokens[hit.start].spaceBefore
      // In a headline every word is capitalised, so a neighbouring capital proves nothing.
      if ((joinsNext || joinsPrevious) && !(headline ??= sentenceCase(tokens, sentence) !== 'mixed')) continue
    }
    out.push({
      start: hit.start,
      end: hit.end,
      type: first.type,
      entries,
      source: 'kb',
      confidence: single && hit.candidates.some((c) => c.flags & AliasFlag.commonWord) ? 0.75 : 0.9,
      qualifier: null,
      sentence: sentence.index,
      linkedTo: null,
    })
  }
  return out
}

function distinctValues(hit: GazetteerHit): number[] {
  const out: number[] = []
  for (const c of hit.candidates) if (!out.includes(c.value)) out.push(c.value)
  return out
}
