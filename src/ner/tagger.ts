import { addScores, type LinearWeights } from '../models/linear-weights.ts'
import { labelMarginals, viterbi } from '../models/sequence-decoding.ts'
import { NerFeatureExtractor } from './features.ts'
import type { Gazetteer } from './gazetteer.ts'
import { NER_LABELS, type NerLabel } from './labels.ts'
import { emissionScores, sequenceScores, transitionScores } from './sequence-scores.ts'

/** Tags with a confidence per token. */
export interface ScoredTags {
  tags: NerLabel[]
  /** For each token, the model's probability (0–1) of its predicted tag. */
  scores: number[]
}

/** What a tagger is made of: learned weights, the gazetteer its features look names up in, and a calibration. */
export interface NerTaggerParts {
  model: LinearWeights
  gazetteer: Gazetteer
  /** Divides scores before they are read as log-probabilities; fitted on held-out data at training time. */
  temperature: number
}

/**
 * A named-entity tagger: labels each word of a sentence with an IOB2 tag (PER, ORG, LOC, MISC) by
 * Viterbi decoding over an averaged-perceptron model of hashed features.
 *
 * @example
 * const tagger = loadNerTagger()
 * tagger.tag(['NATO', 'met', 'in', 'Brussels', '.']) // ['B-ORG', 'O', 'O', 'B-LOC', 'O']
 */
export class NerTagger {
  readonly model: LinearWeights
  readonly gazetteer: Gazetteer
  readonly temperature: number
  private readonly extractor: NerFeatureExtractor
  private readonly transitions: Float64Array
  // Summed label scores of each word's own features (word, affixes...), which do not depend on context.
  private readonly ownScores = new Map<string, Float64Array>()

  constructor({ model, gazetteer, temperature }: NerTaggerParts) {
    if (model.classes !== NER_LABELS.length) throw new Error(`An NER model has ${NER_LABELS.length} classes; this one has ${model.classes}`)
    this.model = model
    this.gazetteer = gazetteer
    this.temperature = temperature
    this.extractor = new NerFeatureExtractor(model.bits, gazetteer)
    this.transitions = transitionScores(model, this.extractor)
  }

  /** The IOB2 tag of each word of one sentence. */
  tag(words: readonly string[]): NerLabel[] {
    if (words.length === 0) return []
    return viterbi(this.scores(words)).map((y) => NER_LABELS[y])
  }

  /** The IOB2 tag of each word and the model's confidence in it (0–1). */
  tagWithScores(words: readonly string[]): ScoredTags {
    if (words.length === 0) return { tags: [], scores: [] }
    const scores = this.scores(words)
    const path = viterbi(scores)
    const marginals = labelMarginals(scores, this.temperature)
    return {
      tags: path.map((y) => NER_LABELS[y]),
      scores: path.map((y, t) => marginals[t * NER_LABELS.length + y]),
    }
  }

  private scores(words: readonly string[]) {
    const { buckets, offsets } = this.extractor.extract(words, false)
    const emissions = emissionScores(this.model, buckets, offsets)
    const L = NER_LABELS.length
    for (let t = 0; t < words.length; t++) {
      const own = this.ownScoresOf(words[t])
      for (let y = 0; y < L; y++) emissions[t * L + y] += own[y]
    }
    return sequenceScores(emissions, this.transitions)
  }

  private ownScoresOf(word: string): Float64Array {
    let scores = this.ownScores.get(word)
    if (!scores) {
      const buckets = this.extractor.ownBuckets(word)
      scores = new Float64Array(NER_LABELS.length)
      addScores(this.model, buckets, 0, buckets.length, scores)
      // Bounded like the extractor's word cache: an endless stream of new words must not grow memory.
      if (this.ownScores.size >= 100_000) this.ownScores.clear()
      this.ownScores.set(word, scores)
    }
    return scores
  }
}
