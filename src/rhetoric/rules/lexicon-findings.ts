import type { Technique } from '../../report/schema.ts'
import { techniqueById } from '../../report/techniques.ts'
import type { Sentence, Token } from '../../text/types.ts'
import type { CueMatch } from '../lexicon/compile.ts'
import type { Calibration, CueContext } from './calibration.ts'
import { clauseAround } from './clause.ts'
import { cueWords, explainCue } from './explain.ts'

/** Index of the sentence that holds a token, by binary search over sentences in text order; -1 between sentences. */
function sentenceOf(sentences: readonly Sentence[], token: number): number {
  let lo = 0
  let hi = sentences.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const s = sentences[mid]
    if (token < s.tokenStart) hi = mid - 1
    else if (token >= s.tokenEnd) lo = mid + 1
    else return mid
  }
  return -1
}

/** For each match: how many other entries hit its sentence, and whether the sentence exclaims. */
export function cueContexts(tokens: readonly Token[], sentences: readonly Sentence[], matches: readonly CueMatch[]): CueContext[] {
  const sentenceOfMatch = matches.map((m) => sentenceOf(sentences, m.first))
  const entriesBySentence = new Map<number, Set<string>>()
  matches.forEach((m, i) => {
    const s = sentenceOfMatch[i]
    const set = entriesBySentence.get(s) ?? new Set<string>()
    set.add(m.entry.id)
    entriesBySentence.set(s, set)
  })
  // Whether each sentence exclaims, worked out once per sentence that has a match (0 unknown, 1 no, 2 yes).
  const exclaiming = new Uint8Array(sentences.length)
  const exclaims = (s: number) => {
    if (s < 0) return false
    if (exclaiming[s] === 0) {
      exclaiming[s] = 1
      for (let t = sentences[s].tokenStart; t < sentences[s].tokenEnd; t++) {
        if (tokens[t].kind === 'punct' && tokens[t].text.includes('!')) {
          exclaiming[s] = 2
          break
        }
      }
    }
    return exclaiming[s] === 2
  }
  return matches.map((m, i) => {
    const s = sentenceOfMatch[i]
    return { otherCues: s < 0 ? 0 : (entriesBySentence.get(s)?.size ?? 1) - 1, exclamation: exclaims(s) }
  })
}

const lowerAt = (tokens: readonly Token[], i: number) => (i >= 0 && i < tokens.length ? tokens[i].text.toLowerCase() : '')

/** Whether a match stands beside one of its entry's `notAfter` or `notBefore` words. */
function isTechnicalTerm(tokens: readonly Token[], { entry, first, last }: CueMatch): boolean {
  return (entry.notAfter.size > 0 && entry.notAfter.has(lowerAt(tokens, first - 1))) || (entry.notBefore.size > 0 && entry.notBefore.has(lowerAt(tokens, last)))
}

/**
 * Splits matches into cues and technical terms: a match right after one of its entry's `notAfter`
 * words or right before one of its `notBefore` words is a technical term ("the EU's sanctions regime",
 * "the terrorist list") and gives no finding, neither as a label nor as a repeated word. The learned
 * models still read every match as a feature, as they were trained to.
 */
export function splitTechnicalTerms(tokens: readonly Token[], matches: readonly CueMatch[]): { cues: CueMatch[]; technical: CueMatch[] } {
  const cues: CueMatch[] = []
  const technical: CueMatch[] = []
  for (const m of matches) (isTechnicalTerm(tokens, m) ? technical : cues).push(m)
  return { cues, technical }
}

/**
 * Turns lexicon matches into technique findings: the span is the cue words, or the clause around
 * them for constructions marked `extent: clause`; the confidence is the entry's calibrated precision,
 * scaled by the sentence around the hit.
 */
export function lexiconFindings(text: string, tokens: readonly Token[], sentences: readonly Sentence[], matches: readonly CueMatch[], calibration: Calibration): Technique[] {
  const contexts = cueContexts(tokens, sentences, matches)
  return matches.map((m, i) => {
    const { entry } = m
    const [from, to] = entry.extent === 'clause' ? clauseAround(tokens, m.first, m.last) : [m.first, m.last]
    const start = tokens[from].start
    const end = tokens[to - 1].end
    return {
      technique: entry.technique,
      ptc: techniqueById(entry.technique).ptc,
      start,
      end,
      text: text.slice(start, end),
      confidence: calibration.confidence(entry, contexts[i]),
      explanation: explainCue(entry.technique, cueWords(text, tokens, m.parts), entry.rationale ?? `listed in ${entry.source}`),
      cues: [entry.id],
      speaker: null,
    }
  })
}
