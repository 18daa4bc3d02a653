import { loadPtcCorpus } from '../ptc/corpus.ts'
import { fitIsotonic } from './calibration.ts'
import type { CueMatcher } from './cue-hits.ts'
import { chooseDecoding, spanObservations, techniqueObservations } from './decoding-selection.ts'
import { outOfFoldPredictions } from './out-of-fold.ts'
import type { RhetoricModel } from './rhetoric-model.ts'
import type { SpanIdentificationScore } from '../ptc/score-si.ts'
import { trainSpanTagger, type SpanTaggerTrainingOptions } from './span-tagger.ts'
import { prepareTaggedDocument, type TaggedDocument } from './tagging-data.ts'
import { trainTechniqueClassifier, type TechniqueClassifierTrainingOptions } from './technique-classifier.ts'
import { NO_CLUSTERS, type WordClusters } from '../../models/word-clusters.ts'

/** The settings the shipped model is trained with (chosen by 5-fold cross-validation on PTC train). */
export const DEFAULT_TAGGER_OPTIONS: Readonly<SpanTaggerTrainingOptions> = Object.freeze({ bits: 18, epochs: 3, target: 'kinds', maskNames: true, alpha: 0.1, l1: 1, l2: 1, weighting: 'spans' })
export const DEFAULT_CLASSIFIER_OPTIONS: Readonly<TechniqueClassifierTrainingOptions> = Object.freeze({ bits: 16, epochs: 6, maskNames: true, alpha: 0.1, l1: 0.5, l2: 1 })

/** Options for {@link trainRhetoricModel}. */
export interface RhetoricTrainingOptions {
  folds?: number
  seed?: number
  tagger?: SpanTaggerTrainingOptions
  classifier?: TechniqueClassifierTrainingOptions
  /** word clusters both models read (default none; `npm run train:rhetoric` passes the shipped ones) */
  clusters?: WordClusters
  /** progress messages */
  log?: (message: string) => void
}

/** What training learnt about the model along the way (figures from its own cross-validation). */
export interface TrainingSummary {
  articles: number
  folds: number
  seed: number
  decoding: RhetoricModel['decoding']
  /** span identification on held-out folds with the chosen decoding (chosen on these same predictions) */
  spanIdentification: SpanIdentificationScore
  /** share of gold spans whose top technique is one of their labels, on held-out folds */
  techniqueAccuracy: number
}

/**
 * Loads PTC articles as training documents. `limit` keeps the first articles by id (for quick runs
 * and tests); `cueMatcher` adds lexicon cue hits as features.
 */
export function loadTrainingDocuments(root?: string, { limit, cueMatcher }: { limit?: number; cueMatcher?: CueMatcher } = {}): TaggedDocument[] {
  const corpus = loadPtcCorpus(root)
  const chosen = limit ? corpus.slice(0, limit) : corpus
  return chosen.map((a) => prepareTaggedDocument(a.id, a.text, a.spans, a.techniques, cueMatcher))
}

/**
 * Trains the whole rhetoric model: cross-validates to choose the span decoding and to fit both
 * calibrations on held-out predictions, then trains the span tagger and the technique classifier
 * on every document. Deterministic for the same documents and options.
 */
export function trainRhetoricModel(docs: readonly TaggedDocument[], options: RhetoricTrainingOptions = {}): { model: RhetoricModel; summary: TrainingSummary } {
  const { folds = 5, seed = 2020, log = () => {} } = options
  const clusters = options.clusters ?? NO_CLUSTERS
  const tagger = { ...DEFAULT_TAGGER_OPTIONS, clusters, ...options.tagger }
  const classifier = { ...DEFAULT_CLASSIFIER_OPTIONS, clusters, ...options.classifier }
  const heldOut = outOfFoldPredictions(docs, { folds, seed, tagger, classifier, onFold: (f, s) => log(`fold ${f + 1}/${folds} trained and predicted in ${s.toFixed(1)} s`) })
  const chosen = chooseDecoding(heldOut)
  log(`decoding: ${JSON.stringify(chosen.decoding)} (held-out SI F1 ${chosen.score.f1.toFixed(4)})`)
  const spanCalibration = fitIsotonic(spanObservations(heldOut, chosen.decoding))
  const techniqueOutcomes = techniqueObservations(heldOut)
  const techniqueCalibration = fitIsotonic(techniqueOutcomes)
  const techniqueAccuracy = techniqueOutcomes.reduce((sum, o) => sum + o.outcome, 0) / Math.max(1, techniqueOutcomes.length)
  const started = performance.now()
  const model: RhetoricModel = {
    tagger: trainSpanTagger(docs, tagger),
    classifier: trainTechniqueClassifier(docs, classifier),
    decoding: chosen.decoding,
    spanCalibration,
    techniqueCalibration,
    usesCues: docs.some((d) => d.cues.length > 0),
  }
  log(`final models trained on ${docs.length} articles in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  return { model, summary: { articles: docs.length, folds, seed, decoding: chosen.decoding, spanIdentification: chosen.score, techniqueAccuracy } }
}
