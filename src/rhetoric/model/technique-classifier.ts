import type { LinearWeights } from '../../models/linear-weights.ts'
import { seededRandom, shuffleInPlace } from '../../models/seeded-random.ts'
import { PTC_LABELS } from '../../report/techniques.ts'
import type { Span } from '../../text/types.ts'
import { crossFitOdds } from './cross-fitting.ts'
import { documentView } from './document-view.ts'
import { FeatureRows } from './feature-rows.ts'
import { FtrlLearner } from './ftrl.ts'
import type { LexicalOdds } from './lexical-odds.ts'
import { addSentenceContext, countSpanRepeats, extractSpanFeatures, spanContext, tokenRange, type SpanContext } from './span-features.ts'
import { ScoreSink } from './feature-sink.ts'
import type { TaggedDocument } from './tagging-data.ts'
import { NO_CLUSTERS, type WordClusters } from '../../models/word-clusters.ts'
import { WordTable } from './word-table.ts'

/** A trained technique classifier: a probability for each of the 14 PTC techniques, given a span. */
export interface TechniqueClassifier {
  readonly weights: LinearWeights
  readonly odds: LexicalOdds
  readonly maskNames: boolean
  /** the word table its features read, with the word clusters it was trained with */
  readonly words: WordTable
}

/** Options for {@link trainTechniqueClassifier}. */
export interface TechniqueClassifierTrainingOptions {
  bits?: number
  epochs?: number
  seed?: number
  maskNames?: boolean
  logOddsFolds?: number
  alpha?: number
  l1?: number
  l2?: number
  /** word clusters read as features of the span's words (default none); the shipped model reads `loadWordClusters()` */
  clusters?: WordClusters
}

/**
 * Trains a softmax classifier over the 14 PTC labels on every gold technique span of the documents
 * (a span with two labels is one example for each). Log-odds features are cross-fitted as for the
 * span tagger.
 */
export function trainTechniqueClassifier(docs: readonly TaggedDocument[], options: TechniqueClassifierTrainingOptions = {}): TechniqueClassifier {
  const { bits = 18, epochs = 10, seed = 1, maskNames = false, logOddsFolds = 5, alpha = 0.1, l1 = 0.5, l2 = 1, clusters = NO_CLUSTERS } = options
  const fitted = crossFitOdds(docs, logOddsFolds, seed, maskNames, clusters)
  const rows = new FeatureRows()
  const labels: number[] = []
  docs.forEach((doc, d) => {
    const ctx = spanContext(doc.text, documentView(doc.tokens, doc.sentences, fitted.perDocument[d], maskNames, doc.cues))
    for (const t of doc.techniques) {
      const label = PTC_LABELS.indexOf(t.technique)
      if (label < 0) throw new Error(`Unknown PTC technique '${t.technique}' in document ${doc.id}`)
      extractSpanFeatures(rows, bits, ctx, t)
      labels.push(label)
    }
  })
  const learner = new FtrlLearner({ bits, classes: PTC_LABELS.length, alpha, l1, l2 })
  const order = labels.map((_, i) => i)
  const random = seededRandom(seed)
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffleInPlace(order, random)
    for (const i of order) learner.learn([{ features: rows.features, from: rows.start(i), to: rows.end(i) }], labels[i])
  }
  return { weights: learner.snapshot(), odds: fitted.odds, maskNames, words: new WordTable(fitted.odds, clusters) }
}

/** Rebuilds a classifier from stored weights and log-odds tables (or a word table over them to share). */
export function techniqueClassifierFrom(weights: LinearWeights, odds: LexicalOdds, maskNames: boolean, words: WordTable = new WordTable(odds)): TechniqueClassifier {
  return { weights, odds, maskNames, words }
}

/** Raw class scores (before softmax) of each span, row-major: `scores[k * 14 + c]`. */
export function techniqueScores(classifier: TechniqueClassifier, ctx: SpanContext, spans: readonly Span[]): Float64Array {
  const { bits, classes } = classifier.weights
  const sink = new ScoreSink(classifier.weights, spans.length)
  countSpanRepeats(ctx, spans)
  // The features a span takes from its sentence are summed once per sentence.
  const bySentence: Array<Float64Array | undefined> = []
  const withoutSentence = { sentence: false }
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k]
    extractSpanFeatures(sink, bits, ctx, span, withoutSentence)
    const { from } = tokenRange(ctx.tokens, span)
    const sentence = from < ctx.tokens.length ? ctx.tokenSentence[from] : -1
    if (sentence < 0) continue
    let context = bySentence[sentence]
    if (!context) {
      const row = new ScoreSink(classifier.weights, 1)
      addSentenceContext(row, bits, ctx, sentence)
      bySentence[sentence] = context = row.scores
    }
    for (let c = 0; c < classes; c++) sink.scores[k * classes + c] += context[c]
  }
  return sink.scores
}

/** Turns a row of raw scores into probabilities (softmax), in place. */
export function softmaxInPlace(scores: Float64Array, from: number, count: number): void {
  let max = -Infinity
  for (let c = 0; c < count; c++) max = Math.max(max, scores[from + c])
  let sum = 0
  for (let c = 0; c < count; c++) sum += scores[from + c] = Math.exp(scores[from + c] - max)
  for (let c = 0; c < count; c++) scores[from + c] /= sum
}

/**
 * Probabilities of the 14 techniques (in `PTC_LABELS` order) for each span of one text.
 *
 * @example
 * const ctx = spanContext(text, documentView(tokens, sentences, classifier.words, classifier.maskNames))
 * techniqueProbabilities(classifier, ctx, [{ start: 10, end: 18 }]) // Float64Array(14)
 */
export function techniqueProbabilities(classifier: TechniqueClassifier, ctx: SpanContext, spans: readonly Span[]): Float64Array {
  const scores = techniqueScores(classifier, ctx, spans)
  const classes = classifier.weights.classes
  for (let k = 0; k < spans.length; k++) softmaxInPlace(scores, k * classes, classes)
  return scores
}
