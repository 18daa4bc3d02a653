import type { LinearWeights } from '../models/linear-weights.ts'
import type { WordIds } from '../text/vocabulary.ts'
import { pathProbabilities, viterbi } from '../models/sequence-decoding.ts'
import { NerFeatureExtractor } from './features.ts'
import type { Gazetteer } from './gazetteer.ts'
import { NER_LABELS, type NerLabel } from './labels.ts'
import { CompactWeights } from './compact-weights.ts'
import { sequenceScores, transitionScores } from './sequence-scores.ts'
import { WordScoreTable, type ScoredWord } from './word-scores.ts'
import { NO_CLUSTERS, type WordClusters } from '../models/word-clusters.ts'

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
  /** The word clusters its features read (default none). */
  clusters?: WordClusters
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
  private readonly weights: CompactWeights
  private readonly wordScores: WordScoreTable
  // Reused from sentence to sentence: read before the next one is tagged.
  private emissions = new Float64Array(1024)
  private probabilities = new Float64Array(1024)

  constructor({ model, gazetteer, temperature, clusters = NO_CLUSTERS }: NerTaggerParts) {
    if (model.classes !== NER_LABELS.length) throw new Error(`An NER model has ${NER_LABELS.length} classes; this one has ${model.classes}`)
    this.model = model
    this.gazetteer = gazetteer
    this.temperature = temperature
    this.extractor = new NerFeatureExtractor(model.bits, gazetteer, clusters)
    this.transitions = transitionScores(model, this.extractor)
    this.weights = new CompactWeights(model)
    this.wordScores = new WordScoreTable(this.weights, this.extractor)
  }

  /** The word clusters the tagger's features read. */
  get clusters(): WordClusters {
    return this.extractor.clusters
  }

  /** The IOB2 tag of each word of one sentence. */
  tag(words: readonly string[]): NerLabel[] {
    if (words.length === 0) return []
    return viterbi(this.scores(this.wordScores.sentence(words))).map((y) => NER_LABELS[y])
  }

  /**
   * The IOB2 tag of each word and the model's confidence in it (0–1). `ids`, when given, are the
   * words' ids in a vocabulary (one per word, `ids.ids[i]` naming `words[i]`): words met before are
   * then found by id. The tags are the same either way.
   */
  tagWithScores(words: readonly string[], ids?: WordIds): ScoredTags {
    if (words.length === 0 && !ids) return { tags: [], scores: [] }
    return this.scoredTags(ids ? this.wordScores.sentenceOfIds(ids, words) : this.wordScores.sentence(words))
  }

  /**
   * {@link tagWithScores} for words given by their ids in a vocabulary alone: a word's text is read
   * from the vocabulary the first time the tagger meets its id.
   */
  tagWordIds(ids: WordIds): ScoredTags {
    return this.scoredTags(this.wordScores.sentenceOfIds(ids))
  }

  private scoredTags(words: readonly ScoredWord[]): ScoredTags {
    if (words.length === 0) return { tags: [], scores: [] }
    const scores = this.scores(words)
    const path = viterbi(scores)
    if (this.probabilities.length < words.length) this.probabilities = new Float64Array(2 * words.length)
    const probabilities = pathProbabilities(scores, path, this.temperature, this.probabilities)
    return {
      tags: path.map((y) => NER_LABELS[y]),
      scores: path.map((_, t) => probabilities[t]),
    }
  }

  // Label scores of every token: the features that combine words are looked up token by token; those
  // of single words come summed from each word's cache.
  private scores(words: readonly ScoredWord[]) {
    const { buckets, offsets, mode } = this.extractor.contextBuckets(words.map((w) => w.info))
    if (this.emissions.length < words.length * NER_LABELS.length) this.emissions = new Float64Array(2 * words.length * NER_LABELS.length)
    const emissions = this.weights.emissionScores(buckets, offsets, this.emissions)
    this.wordScores.addTo(emissions, words, mode)
    return sequenceScores(emissions, this.transitions, words.length)
  }
}
