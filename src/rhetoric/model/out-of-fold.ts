import type { Span } from '../../text/types.ts'
import { articleFolds } from '../ptc/folds.ts'
import { documentView } from './document-view.ts'
import { spanContext } from './span-features.ts'
import { trainSpanTagger, tokenProbabilities, type SpanTaggerTrainingOptions } from './span-tagger.ts'
import type { TaggedDocument } from './tagging-data.ts'
import { techniqueProbabilities, trainTechniqueClassifier, type TechniqueClassifierTrainingOptions } from './technique-classifier.ts'

/** A distinct gold technique span and how many labels it carries. */
export interface GoldSpanGroup extends Span {
  labels: string[]
}

/** What a model trained without a document predicted for it. */
export interface HeldOutPrediction {
  doc: TaggedDocument
  fold: number
  /** per token: probability of lying inside a propaganda span */
  tokenProbabilities: Float64Array
  /** the document's distinct gold technique spans */
  goldSpans: GoldSpanGroup[]
  /** per gold span, the 14 technique probabilities (PTC_LABELS order), row-major */
  techniqueProbabilities: Float64Array
}

/** Options for {@link outOfFoldPredictions}. */
export interface CrossValidationOptions {
  folds?: number
  seed?: number
  tagger?: SpanTaggerTrainingOptions
  classifier?: TechniqueClassifierTrainingOptions
  /** called after each fold, e.g. to print progress */
  onFold?: (fold: number, seconds: number) => void
}

/** Groups a document's technique labels by identical span. */
export function goldSpanGroups(doc: TaggedDocument): GoldSpanGroup[] {
  const groups = new Map<string, GoldSpanGroup>()
  for (const t of doc.techniques) {
    const key = `${t.start}:${t.end}`
    const g = groups.get(key)
    if (g) g.labels.push(t.technique)
    else groups.set(key, { start: t.start, end: t.end, labels: [t.technique] })
  }
  return [...groups.values()]
}

/**
 * Cross-validates by article: splits documents into seeded folds, trains the span tagger and the
 * technique classifier on all folds but one, and predicts the held-out fold. Every document gets
 * predictions from models that never saw it.
 */
export function outOfFoldPredictions(docs: readonly TaggedDocument[], options: CrossValidationOptions = {}): HeldOutPrediction[] {
  const { folds = 5, seed = 2020, tagger: taggerOptions, classifier: classifierOptions, onFold } = options
  const split = articleFolds(docs.map((d) => d.id), folds, seed)
  const byId = new Map(docs.map((d) => [d.id, d]))
  const out: HeldOutPrediction[] = []
  split.forEach((ids, fold) => {
    const started = performance.now()
    const held = new Set(ids)
    const train = docs.filter((d) => !held.has(d.id))
    const tagger = trainSpanTagger(train, taggerOptions)
    const classifier = trainTechniqueClassifier(train, classifierOptions)
    for (const id of ids) {
      const doc = byId.get(id)!
      const goldSpans = goldSpanGroups(doc)
      const ctx = spanContext(doc.text, documentView(doc.tokens, doc.sentences, classifier.words, classifier.maskNames, doc.cues))
      out.push({
        doc,
        fold,
        tokenProbabilities: tokenProbabilities(tagger, documentView(doc.tokens, doc.sentences, tagger.words, tagger.maskNames, doc.cues)),
        goldSpans,
        techniqueProbabilities: techniqueProbabilities(classifier, ctx, goldSpans),
      })
    }
    onFold?.(fold, (performance.now() - started) / 1000)
  })
  return out
}
