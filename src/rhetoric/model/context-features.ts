import type { Sentence } from '../../text/types.ts'
import type { DocumentView } from './document-view.ts'
import { mixHashes } from './feature-hash.ts'
import type { FeatureSink } from './feature-sink.ts'

// Feature templates of the sentence rows (numbered apart from the token templates).
const enum T {
  SentenceWord = 101, SentenceLength, SentenceMark, SentenceTitle, SentencePlace, SentenceLogOddsMax, SentenceLoaded,
  SentenceCue, SentenceQuoted, SentenceBias, SentenceClauseMax, SentenceOddsMean, SentenceCluster, SentenceCoarse,
}

/** Buckets a log-odds value to halves, clamped to ±2. */
export const logOddsBucket = (v: number) => Math.max(-4, Math.min(4, Math.round(v * 2)))

/** The feature of a lemma in a sentence's bag of lemmas. */
export const sentenceWordFeature = (stem: number, mask: number) => mixHashes(T.SentenceWord, stem) & mask

/**
 * Adds one sentence's row: its bag of lemmas (unless `words` is false, for a caller that adds
 * {@link sentenceWordFeature} of each distinct lemma itself), the word clusters of its words (masked
 * names aside), length, ! and ? marks, whether it is the title, its
 * place in the text, the strongest and the number of loaded words and the mean (by log-odds), the
 * strongest clause-level word, how much of it is quoted, and the techniques and ids of cue hits in it.
 */
export function addSentenceFeatures(rows: FeatureSink, bits: number, doc: DocumentView, s: Sentence, words = true): void {
  const { tokens, stems, quoted, cueValues, words: infos, names } = doc
  const logOdds = doc.odds.word
  const clause = doc.odds.clause
  const mask = (1 << bits) - 1
  const add = (template: number, value: number) => rows.push(mixHashes(template, value) & mask)
  const n = s.tokenEnd - s.tokenStart
  let logOddsMax = 0
  let loaded = 0
  let quotedCount = 0
  let marks = 0
  let clauseMax = 0
  let sum = 0
  const seen = new Set<number>()
  // the sentence's distinct fine clusters, and coarse ones stored as -1 - coarse
  const clusters = new Set<number>()
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    if (logOdds[i] > logOddsMax) logOddsMax = logOdds[i]
    if (clause[i] > clauseMax) clauseMax = clause[i]
    sum += logOdds[i]
    if (logOdds[i] >= 0.7) loaded++
    if (quoted[i]) quotedCount++
    const token = tokens[i]
    if (token.kind === 'word') {
      if (words && !seen.has(stems[i])) {
        seen.add(stems[i])
        add(T.SentenceWord, stems[i])
      }
      const { fine, coarse } = infos[i]
      if (fine >= 0 && names[i] !== 1 && !clusters.has(fine)) {
        clusters.add(fine)
        add(T.SentenceCluster, fine)
        if (!clusters.has(-1 - coarse)) {
          clusters.add(-1 - coarse)
          add(T.SentenceCoarse, coarse)
        }
      }
    } else if (token.kind === 'punct') {
      if (token.text.includes('!')) marks |= 1
      if (token.text.includes('?')) marks |= 2
    }
    const cues = cueValues[i]
    if (cues) for (const value of cues) add(T.SentenceCue, value)
  }
  add(T.SentenceBias, 0)
  if (marks) add(T.SentenceMark, marks)
  add(T.SentenceLength, Math.min(8, Math.round(Math.log2(n + 1) * 2)))
  add(T.SentenceTitle, s.index === 0 ? 1 : 0)
  add(T.SentencePlace, Math.min(4, Math.floor((5 * s.index) / Math.max(1, doc.sentences.length))))
  add(T.SentenceLogOddsMax, logOddsBucket(logOddsMax))
  add(T.SentenceLoaded, Math.min(3, loaded))
  add(T.SentenceClauseMax, logOddsBucket(clauseMax))
  add(T.SentenceOddsMean, logOddsBucket(2 * (sum / Math.max(1, n))))
  add(T.SentenceQuoted, quotedCount === 0 ? 0 : quotedCount >= n - 2 ? 2 : 1)
  rows.endRow()
}
