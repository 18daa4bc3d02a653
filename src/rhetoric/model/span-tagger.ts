import type { LinearWeights } from '../../models/linear-weights.ts'
import { seededRandom, shuffleInPlace } from '../../models/seeded-random.ts'
import { FtrlLearner, type FeatureSegment } from './ftrl.ts'
import type { TaggedDocument } from './tagging-data.ts'
import { crossFitOdds } from './cross-fitting.ts'
import type { LexicalOdds } from './lexical-odds.ts'
import { documentView, type DocumentView } from './document-view.ts'
import { FeatureRows } from './feature-rows.ts'
import { SpanScorer } from './span-scores.ts'
import { spanTokenWeights } from './span-weights.ts'
import { extractTaggingFeatures } from './token-features.ts'
import { NO_CLUSTERS, type WordClusters } from '../../models/word-clusters.ts'
import { WordTable } from './word-table.ts'

/** A trained span tagger: per-token probability of being inside a propaganda span. */
export interface SpanTagger {
  readonly weights: LinearWeights
  /** log-odds of words, lemmas and word pairs being inside a span, from the training articles */
  readonly odds: LexicalOdds
  readonly maskNames: boolean
  /** the word table its features read, with the word clusters it was trained with (`NO_CLUSTERS` for none) */
  readonly words: WordTable
  /** scores tokens with per-word sums of the weights */
  readonly scorer: SpanScorer
}

/** Options for {@link trainSpanTagger}. */
export interface SpanTaggerTrainingOptions {
  bits?: number
  epochs?: number
  seed?: number
  /** 'binary': inside or not; 'kinds': outside, phrase-level or clause-level technique (default) */
  target?: 'binary' | 'kinds'
  maskNames?: boolean
  /** inner folds for the out-of-fold log-odds features of the training articles (default 5) */
  logOddsFolds?: number
  alpha?: number
  l1?: number
  l2?: number
  /**
   * 'tokens': every token weighs 1 in training (default); 'spans': the tokens of a gold run share a
   * fixed weight, so short spans count as much as long ones, as in the official recall (`span-weights.ts`)
   */
  weighting?: 'tokens' | 'spans'
  /** word clusters read as features of a word and its neighbours (default none); the shipped model reads `loadWordClusters()` */
  clusters?: WordClusters
}

/** A document's stored features: one row per token, one per sentence. */
interface TaggingFeatures {
  tokens: FeatureRows
  sentences: FeatureRows
}

function storedFeatures(doc: DocumentView, bits: number): TaggingFeatures {
  const fx = { tokens: new FeatureRows(doc.tokens.length * 24 + 16, doc.tokens.length + 1), sentences: new FeatureRows(doc.sentences.length * 32 + 16, doc.sentences.length + 1) }
  extractTaggingFeatures(doc, bits, fx.tokens, fx.sentences)
  return fx
}

function segmentsOf(fx: TaggingFeatures, token: number, sentence: number): FeatureSegment[] {
  return [
    { features: fx.tokens.features, from: fx.tokens.start(token), to: fx.tokens.end(token) },
    { features: fx.sentences.features, from: fx.sentences.start(sentence), to: fx.sentences.end(sentence) },
  ]
}

/**
 * Trains the span tagger with FTRL logistic regression, a few shuffled passes over all sentences,
 * each token weighted as `weighting` says.
 * The log-odds features of each training article come from the other training articles only
 * (inner folds), so the model learns how far to trust them on unseen text.
 */
export function trainSpanTagger(docs: readonly TaggedDocument[], options: SpanTaggerTrainingOptions = {}): SpanTagger {
  const { bits = 20, epochs = 4, seed = 1, target = 'kinds', maskNames = false, logOddsFolds = 5, alpha = 0.1, l1 = 1, l2 = 1, weighting = 'tokens', clusters = NO_CLUSTERS } = options
  const random = seededRandom(seed)
  const fitted = crossFitOdds(docs, logOddsFolds, seed, maskNames, clusters)
  const features = docs.map((d, i) => storedFeatures(documentView(d.tokens, d.sentences, fitted.perDocument[i], maskNames, d.cues), bits))
  const classes = target === 'binary' ? 1 : 3
  const learner = new FtrlLearner({ bits, classes, alpha, l1, l2 })
  const units: Array<[doc: number, sentence: number]> = []
  docs.forEach((d, i) => d.sentences.forEach((_, s) => units.push([i, s])))
  const importance = weighting === 'spans' ? docs.map((d) => spanTokenWeights(d.inside)) : null
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffleInPlace(units, random)
    for (const [d, s] of units) {
      const doc = docs[d]
      const labels = target === 'binary' ? doc.inside : doc.classes
      const sentence = doc.sentences[s]
      const tokenWeights = importance?.[d]
      for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) learner.learn(segmentsOf(features[d], i, s), labels[i], tokenWeights ? tokenWeights[i] : 1)
    }
  }
  const weights = learner.snapshot()
  const words = new WordTable(fitted.odds, clusters)
  return { weights, odds: fitted.odds, maskNames, words, scorer: new SpanScorer(weights, words) }
}

/** Rebuilds a tagger from stored weights and log-odds tables. */
export function spanTaggerFrom(weights: LinearWeights, odds: LexicalOdds, maskNames: boolean, clusters: WordClusters = NO_CLUSTERS): SpanTagger {
  const words = new WordTable(odds, clusters)
  return { weights, odds, maskNames, words, scorer: new SpanScorer(weights, words) }
}

/**
 * Probability, for each token, that it lies inside a propaganda span.
 *
 * @example
 * const doc = documentView(tokens, sentences, tagger.words, tagger.maskNames, cues)
 * const p = tokenProbabilities(tagger, doc)
 */
export function tokenProbabilities(tagger: SpanTagger, doc: DocumentView): Float64Array {
  const { classes } = tagger.weights
  const t = tagger.scorer.tokenScores(doc)
  const out = new Float64Array(doc.tokens.length)
  for (let i = 0; i < doc.tokens.length; i++) {
    if (classes === 1) {
      out[i] = 1 / (1 + Math.exp(-t[i]))
      continue
    }
    // 1 − P(outside) = 1 − 1 / Σ_c exp(score_c − score_outside)
    const row = i * classes
    let total = 1
    for (let c = 1; c < classes; c++) total += Math.exp(t[row + c] - t[row])
    out[i] = 1 - 1 / total
  }
  return out
}
