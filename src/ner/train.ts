import { AveragedPerceptron } from '../models/averaged-perceptron.ts'
import type { LinearWeights } from '../models/linear-weights.ts'
import { labelMarginals, viterbi } from '../models/sequence-decoding.ts'
import { seededRandom, shuffleInPlace } from '../models/seeded-random.ts'
import { NO_CLUSTERS, type WordClusters } from '../models/word-clusters.ts'
import { titleCase, upperCase } from './case-variants.ts'
import type { TaggedSentence } from './conll-format.ts'
import { EntityScorer, type EntityEvaluation } from './entity-scores.ts'
import { NerFeatureExtractor } from './features.ts'
import { Gazetteer, normalizeLists, type GazetteerList } from './gazetteer.ts'
import { labelIndex, NER_LABELS, toIob2 } from './labels.ts'
import { emissionScores, sequenceScores, transitionScores } from './sequence-scores.ts'
import { NerTagger } from './tagger.ts'

/** Options for {@link trainNerTagger}. */
export interface NerTrainingOptions {
  train: readonly TaggedSentence[]
  /** Held-out sentences: pick the epoch and calibrate confidences on them. Without them, all `epochs` are used. */
  valid?: readonly TaggedSentence[]
  gazetteer: readonly GazetteerList[]
  /** The weight table has `2 ** bits` rows (default 18). */
  bits?: number
  /** Most passes over the training data (default 40). */
  epochs?: number
  /** Stop after this many epochs without a better score on `valid` (default 4). */
  patience?: number
  /** Seeds the order in which sentences are visited and which features are dropped (default 1). */
  seed?: number
  /**
   * Each time a sentence is visited, leave out each of its features with this probability (default 0.4),
   * so that no single feature (a word seen with one label in the training data) can carry a decision alone.
   */
  featureDropout?: number
  /**
   * Adds this share of the training sentences again in title case and, as many, in capitals (default 0.25),
   * so that the model learns to find names where capitals say little: headlines and titles.
   */
  caseAugmentation?: number
  /** Word clusters read as features (default none; `npm run train:ner` passes the shipped ones). */
  clusters?: WordClusters
  /** Called after every epoch, e.g. to print progress. */
  onEpoch?: (report: EpochReport) => void
}

/** How one epoch went. */
export interface EpochReport {
  epoch: number
  /** Sentences whose tags the model got wrong during the pass (before updating). */
  mistakes: number
  /** Entity F1 on the held-out sentences with the averaged weights, when there are any. */
  validF1: number | null
}

/** The trained tagger and what the training saw. */
export interface NerTrainingResult {
  tagger: NerTagger
  /** The gazetteer lists as stored in the model (names normalised). */
  gazetteer: GazetteerList[]
  epochs: EpochReport[]
  bestEpoch: number
  valid: EntityEvaluation | null
}

interface Encoded {
  buckets: Int32Array
  offsets: Int32Array
  gold: Int32Array
}

function encode(extractor: NerFeatureExtractor, sentences: readonly TaggedSentence[]): Encoded[] {
  return sentences
    .filter((s) => s.words.length > 0)
    .map(({ words, tags }, n) => {
      const { buckets, offsets } = extractor.extract(words)
      const gold = Int32Array.from(toIob2(tags), (tag, i) => {
        const y = labelIndex(tag)
        if (y < 0) throw new Error(`Sentence ${n + 1}, word ${i + 1} ('${words[i]}'): unknown tag '${tag}'; expected one of ${NER_LABELS.join(' ')}`)
        return y
      })
      return { buckets: buckets.slice(), offsets, gold }
    })
}

function dropFeatures({ buckets, offsets, gold }: Encoded, rate: number, random: () => number): Encoded {
  const kept = new Int32Array(buckets.length)
  const keptOffsets = new Int32Array(offsets.length)
  let n = 0
  for (let t = 0; t + 1 < offsets.length; t++) {
    keptOffsets[t] = n
    for (let f = offsets[t]; f < offsets[t + 1]; f++) if (random() >= rate) kept[n++] = buckets[f]
  }
  keptOffsets[offsets.length - 1] = n
  return { buckets: kept.subarray(0, n), offsets: keptOffsets, gold }
}

/**
 * Evaluates a tagger on gold sentences with conlleval's exact-match entity scores.
 *
 * @example
 * evaluateTagger(loadNerTagger(), readTaggedSentences(validText)).overall.f1
 */
export function evaluateTagger(tagger: NerTagger, sentences: readonly TaggedSentence[]): EntityEvaluation {
  const scorer = new EntityScorer()
  for (const { words, tags } of sentences) scorer.add(toIob2(tags), tagger.tag(words))
  return scorer.result()
}

// The temperature that makes the tagger's probabilities of the gold tags on held-out data highest.
function fitTemperature(model: LinearWeights, extractor: NerFeatureExtractor, sentences: readonly Encoded[]): number {
  const transitions = transitionScores(model, extractor)
  const scored = sentences.map((s) => ({ scores: sequenceScores(emissionScores(model, s.buckets, s.offsets), transitions), gold: s.gold }))
  let best = 1
  let bestLoss = Infinity
  for (let k = -6; k <= 16; k++) {
    const temperature = 2 ** (k / 2)
    let loss = 0
    for (const { scores, gold } of scored) {
      const marginals = labelMarginals(scores, temperature)
      for (let t = 0; t < gold.length; t++) loss -= Math.log(Math.max(marginals[t * NER_LABELS.length + gold[t]], 1e-12))
    }
    if (loss < bestLoss) {
      bestLoss = loss
      best = temperature
    }
  }
  return best
}

/**
 * Trains the named-entity tagger: a structured averaged perceptron with Viterbi decoding over IOB2
 * labels. Deterministic: the same data, gazetteer and seed give the same weights.
 *
 * @example
 * const { tagger, bestEpoch } = trainNerTagger({ train, valid, gazetteer: buildGazetteerLists() })
 */
export function trainNerTagger(options: NerTrainingOptions): NerTrainingResult {
  const { valid = [], bits = 18, epochs = 40, patience = 4, seed = 1, featureDropout = 0.4, caseAugmentation = 0.25, onEpoch, clusters = NO_CLUSTERS } = options
  const random = seededRandom(seed)
  const train = [...options.train]
  if (caseAugmentation > 0) {
    for (const sentence of options.train) {
      if (random() < caseAugmentation) train.push(titleCase(sentence))
      if (random() < caseAugmentation) train.push(upperCase(sentence))
    }
  }
  const lists = normalizeLists(options.gazetteer)
  const gazetteer = new Gazetteer(lists)
  const extractor = new NerFeatureExtractor(bits, gazetteer, clusters)
  const trainSet = encode(extractor, train)
  const validSet = encode(extractor, valid)
  const L = NER_LABELS.length
  const learner = new AveragedPerceptron({ bits, classes: L })
  const transitionRow = Array.from({ length: L + 1 }, (_, p) => extractor.transitionBucket(p))
  const order = trainSet.map((_, i) => i)
  const reports: EpochReport[] = []
  let best: { model: LinearWeights; epoch: number; f1: number } | null = null
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffleInPlace(order, random)
    let mistakes = 0
    for (const index of order) {
      const { buckets, offsets, gold } = featureDropout > 0 ? dropFeatures(trainSet[index], featureDropout, random) : trainSet[index]
      const transitions = transitionScores(learner.live, extractor)
      const guess = viterbi(sequenceScores(emissionScores(learner.live, buckets, offsets), transitions))
      let wrong = false
      for (let t = 0; t < gold.length; t++) {
        const g = gold[t]
        const p = guess[t]
        if (g !== p) {
          wrong = true
          learner.update(buckets, offsets[t], offsets[t + 1], g, 1)
          learner.update(buckets, offsets[t], offsets[t + 1], p, -1)
        }
        const gPrev = t === 0 ? L : gold[t - 1]
        const pPrev = t === 0 ? L : guess[t - 1]
        if (g !== p || gPrev !== pPrev) {
          learner.update(transitionRow, gPrev, gPrev + 1, g, 1)
          learner.update(transitionRow, pPrev, pPrev + 1, p, -1)
        }
      }
      if (wrong) mistakes++
      learner.tick()
    }
    let validF1: number | null = null
    if (validSet.length > 0) {
      const model = learner.snapshot()
      validF1 = evaluateTagger(new NerTagger({ model, gazetteer, temperature: 1, clusters }), valid).overall.f1
      if (!best || validF1 > best.f1) best = { model, epoch, f1: validF1 }
    }
    const report = { epoch, mistakes, validF1 }
    reports.push(report)
    onEpoch?.(report)
    if (best && epoch - best.epoch >= patience) break
  }
  best ??= { model: learner.snapshot(), epoch: reports.length, f1: NaN }
  const temperature = validSet.length > 0 ? fitTemperature(best.model, extractor, validSet) : 1
  const tagger = new NerTagger({ model: best.model, gazetteer, temperature, clusters })
  return { tagger, gazetteer: lists, epochs: reports, bestEpoch: best.epoch, valid: validSet.length > 0 ? evaluateTagger(tagger, valid) : null }
}
