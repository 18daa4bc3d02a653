import { seededRandom, shuffleInPlace } from '../models/seeded-random.ts'
import { tokenize } from '../text/tokenize.ts'
import { binaryScores, type BinaryScores } from './binary-scores.ts'
import { ClaimFeaturizer } from './claim-features.ts'
import type { ClaimExample } from './checkworthy-data.ts'
import type { CheckworthyModel } from './checkworthy-model.ts'
import { margin, trainLogisticRegression, type BinaryExample, type LogisticModel } from './logistic-regression.ts'
import { calibrate, fitPlattScaling } from './platt-scaling.ts'

/** One setting of the hyper-parameters tried on dev. */
export interface CheckworthyCandidate {
  bigrams: boolean
  alpha: number
  l1: number
  l2: number
  epochs: number
}

/** The values tried for each hyper-parameter. */
export interface CheckworthyGridAxes {
  bigrams: readonly boolean[]
  alpha: readonly number[]
  l1: readonly number[]
  l2: readonly number[]
  epochs: readonly number[]
}

/** The values tried by default: word pairs or not, learning rate, L1, L2, passes. */
export const DEFAULT_CHECKWORTHY_AXES: Readonly<CheckworthyGridAxes> = { bigrams: [false, true], alpha: [0.1, 0.2, 0.4], l1: [0.1, 1], l2: [1, 10], epochs: [3, 6] }

/**
 * Every combination of the axes' values, in a fixed order.
 *
 * @example
 * checkworthyGrid({ ...DEFAULT_CHECKWORTHY_AXES, epochs: [3] }).length // 24
 */
export function checkworthyGrid(axes: Readonly<CheckworthyGridAxes>): CheckworthyCandidate[] {
  return axes.bigrams.flatMap((bigrams) =>
    axes.alpha.flatMap((alpha) => axes.l1.flatMap((l1) => axes.l2.flatMap((l2) => axes.epochs.map((epochs) => ({ bigrams, alpha, l1, l2, epochs }))))),
  )
}

/** Options for {@link trainCheckworthy}. */
export interface TrainCheckworthyOptions {
  train: readonly ClaimExample[]
  /** Used only to choose among the candidates. */
  dev: readonly ClaimExample[]
  seed: number
  bits: number
  /** Folds for the out-of-fold scores that calibration is fitted on (default 5). */
  folds?: number
  grid?: readonly CheckworthyCandidate[]
  /** Called after each candidate with its dev scores (at 0.5, calibrated). */
  onCandidate?: (result: CandidateResult) => void
}

/** A candidate with its calibrated scores on dev and its out-of-fold scores on train. */
export interface CandidateResult {
  candidate: CheckworthyCandidate
  dev: BinaryScores
  outOfFold: BinaryScores
}

/** The chosen model and the record of every candidate. */
export interface TrainedCheckworthy {
  model: CheckworthyModel
  chosen: CandidateResult
  results: CandidateResult[]
}

function featurize(examples: readonly ClaimExample[], featurizer: ClaimFeaturizer): BinaryExample[] {
  return examples.map((e) => {
    const tokens = tokenize(e.text)
    return { features: featurizer.extract(tokens, 0, tokens.length, e.text).slice(), label: e.checkworthy }
  })
}

/**
 * Out-of-fold raw scores: each example is scored by a model trained on the other folds, so the
 * calibration fitted on them sees the scores of unseen sentences.
 */
function outOfFoldMargins(examples: readonly BinaryExample[], folds: number, train: (part: BinaryExample[]) => LogisticModel, seed: number): Float64Array {
  const fold = new Int32Array(examples.length)
  const order = shuffleInPlace(examples.map((_, i) => i), seededRandom(seed ^ 0x5bd1e995))
  order.forEach((e, rank) => (fold[e] = rank % folds))
  const margins = new Float64Array(examples.length)
  for (let f = 0; f < folds; f++) {
    const model = train(examples.filter((_, i) => fold[i] !== f))
    examples.forEach((e, i) => {
      if (fold[i] === f) margins[i] = margin(model, e.features)
    })
  }
  return margins
}

// Log loss reads every sentence's probability; F1 at 0.5 over a few hundred positives moves by a
// sentence or two between neighbouring settings, so it only breaks ties.
function better(a: CandidateResult, b: CandidateResult): boolean {
  if (a.dev.logLoss !== b.dev.logLoss) return a.dev.logLoss < b.dev.logLoss
  return a.dev.f1 > b.dev.f1
}

/**
 * Trains the check-worthiness model: for each candidate, a logistic regression on train, Platt
 * scaling fitted on out-of-fold scores of train, and calibrated scores on dev; the candidate with the
 * lowest dev log loss (then the best dev F1 at 0.5) is kept. Deterministic for a seed.
 *
 * @example
 * const { model, chosen } = trainCheckworthy({ train, dev, seed: 1, bits: 18 })
 * writeFileSync('models/checkworthy.bin', encodeCheckworthyModel(model))
 */
export function trainCheckworthy(options: TrainCheckworthyOptions): TrainedCheckworthy {
  const { train, dev, seed, bits, folds = 5, grid = checkworthyGrid(DEFAULT_CHECKWORTHY_AXES), onCandidate } = options
  if (grid.length === 0) throw new Error('The grid of hyper-parameters is empty.')
  const data = new Map<boolean, { train: BinaryExample[]; dev: BinaryExample[] }>()
  const results: CandidateResult[] = []
  let best: { result: CandidateResult; model: CheckworthyModel } | undefined
  for (const candidate of grid) {
    const features = { bits, bigrams: candidate.bigrams }
    let sets = data.get(candidate.bigrams)
    if (!sets) {
      const featurizer = new ClaimFeaturizer(features)
      sets = { train: featurize(train, featurizer), dev: featurize(dev, featurizer) }
      data.set(candidate.bigrams, sets)
    }
    const fit = (examples: BinaryExample[]) => trainLogisticRegression(examples, { bits, seed, epochs: candidate.epochs, alpha: candidate.alpha, l1: candidate.l1, l2: candidate.l2 })
    const trainLabels = sets.train.map((e) => e.label)
    const oof = outOfFoldMargins(sets.train, folds, fit, seed)
    const platt = fitPlattScaling(oof, trainLabels)
    const logistic = fit(sets.train)
    const devProbabilities = sets.dev.map((e) => calibrate(platt, margin(logistic, e.features)))
    const result: CandidateResult = {
      candidate,
      dev: binaryScores(devProbabilities, sets.dev.map((e) => e.label)),
      outOfFold: binaryScores(Array.from(oof, (m) => calibrate(platt, m)), trainLabels),
    }
    results.push(result)
    onCandidate?.(result)
    if (!best || better(result, best.result)) {
      const training = {
        data: 'CLEF CheckThat! 2024 English check-worthiness: trained on train, hyper-parameters chosen on dev',
        trainSentences: train.length,
        devSentences: dev.length,
        seed,
        folds,
        ...candidate,
        devF1: Number(result.dev.f1.toFixed(4)),
        devLogLoss: Number(result.dev.logLoss.toFixed(4)),
        outOfFoldF1: Number(result.outOfFold.f1.toFixed(4)),
      }
      best = { result, model: { features, logistic, platt, training } }
    }
  }
  return { model: best!.model, chosen: best!.result, results }
}

