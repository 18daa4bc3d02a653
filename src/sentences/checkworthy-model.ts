import { readFileSync } from 'node:fs'
import { decodeWeights, encodeWeights } from '../models/weights-file.ts'
import type { Token } from '../text/types.ts'
import type { WordIds } from '../text/vocabulary.ts'
import { ClaimFeaturizer, type ClaimFeatureOptions } from './claim-features.ts'
import type { LogisticModel } from './logistic-regression.ts'
import { calibrate, type PlattScaling } from './platt-scaling.ts'

/** The model shipped with unspun, written by `npm run train:checkworthy`. */
export const DEFAULT_CHECKWORTHY_MODEL = new URL('../../models/checkworthy.bin', import.meta.url)

const FORMAT = 'unspun.checkworthy/1'

/** A trained check-worthiness model: features, logistic regression, calibration, and how it was made. */
export interface CheckworthyModel {
  readonly features: Readonly<ClaimFeatureOptions>
  readonly logistic: LogisticModel
  readonly platt: PlattScaling
  /** Data, seed, hyper-parameters and figures recorded at training time. */
  readonly training: Readonly<Record<string, unknown>>
}

/** Scores sentences with a {@link CheckworthyModel}; holds the feature buffer, so one scorer per thread. */
export interface ClaimScorer {
  /**
   * The calibrated probability that tokens `from`–`to` (one sentence) make a claim worth checking.
   * `text`, when given, is the text the tokens were cut from, and `words` the tokens' ids in the
   * shared vocabulary (the engine's `ctx.words`): both make reading them faster, not the score different.
   */
  score(tokens: readonly Token[], from: number, to: number, text?: string, words?: WordIds): number
}

/**
 * Makes a scorer for a model.
 *
 * @example
 * const scorer = claimScorer(readCheckworthyModel())
 * scorer.score(tokens, sentence.tokenStart, sentence.tokenEnd) // 0.87
 */
export function claimScorer(model: CheckworthyModel): ClaimScorer {
  const featurizer = new ClaimFeaturizer(model.features)
  const { bias, weights } = model.logistic
  return {
    score(tokens, from, to, text, words) {
      return calibrate(model.platt, featurizer.weigh(tokens, from, to, weights, bias, text, words))
    },
  }
}

/** Encodes a model as the bytes of a weights file; the same model always gives the same bytes. */
export function encodeCheckworthyModel(model: CheckworthyModel): Uint8Array {
  const meta = { format: FORMAT, features: model.features, bias: model.logistic.bias, platt: model.platt, training: model.training }
  return encodeWeights(meta, { bits: model.logistic.bits, classes: 1, weights: model.logistic.weights })
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Decodes bytes written by {@link encodeCheckworthyModel}. */
export function decodeCheckworthyModel(bytes: Uint8Array, source = 'checkworthy model'): CheckworthyModel {
  const { meta, model } = decodeWeights(bytes)
  const fail = (why: string): never => {
    throw new Error(`${source} is not a check-worthiness model (${why}); re-create it with \`npm run train:checkworthy\`.`)
  }
  if (!isRecord(meta) || meta.format !== FORMAT) return fail(`expected format ${FORMAT}`)
  const { features, bias, platt, training } = meta
  if (!isRecord(features) || typeof features.bits !== 'number' || typeof features.bigrams !== 'boolean') return fail('bad feature options')
  if (features.bits !== model.bits || model.classes !== 1) return fail('the weight table does not match the feature options')
  if (typeof bias !== 'number' || !isRecord(platt) || typeof platt.slope !== 'number' || typeof platt.intercept !== 'number') return fail('bad bias or calibration')
  return {
    features: { bits: features.bits, bigrams: features.bigrams },
    logistic: { bits: model.bits, bias, weights: model.weights },
    platt: { slope: platt.slope, intercept: platt.intercept },
    training: isRecord(training) ? training : {},
  }
}

/** Reads a model file (default: the shipped `models/checkworthy.bin`). */
export function readCheckworthyModel(path: string | URL = DEFAULT_CHECKWORTHY_MODEL): CheckworthyModel {
  return decodeCheckworthyModel(readFileSync(path), String(path))
}
