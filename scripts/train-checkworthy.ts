// Trains the check-worthiness model on CheckThat! 2024 English train, chooses hyper-parameters on dev,
// and writes models/checkworthy.bin.
//   npm run train:checkworthy -- [--data DIR] [--out FILE] [--seed N] [--bits N] [--folds N] [--limit N] [--quiet]
//                                [--bigrams yes,no] [--alpha 0.1,0.2,0.4] [--l1 0.1,1] [--l2 1,10] [--epochs 3,6]
// The lists are the values tried on dev (default: all of them). The same data and options always write
// byte-identical weights.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { CHECKWORTHY_DEV_FILE, CHECKWORTHY_TRAIN_FILE, DEFAULT_CHECKWORTHY_DIR, readCheckworthyTsv } from '../src/sentences/checkworthy-data.ts'
import { DEFAULT_CHECKWORTHY_MODEL, encodeCheckworthyModel } from '../src/sentences/checkworthy-model.ts'
import { checkworthyGrid, DEFAULT_CHECKWORTHY_AXES, trainCheckworthy, type CandidateResult } from '../src/sentences/checkworthy-training.ts'

const axis = DEFAULT_CHECKWORTHY_AXES
const { values } = parseArgs({
  options: {
    data: { type: 'string', default: fileURLToPath(DEFAULT_CHECKWORTHY_DIR) },
    out: { type: 'string', default: fileURLToPath(DEFAULT_CHECKWORTHY_MODEL) },
    seed: { type: 'string', default: '1' },
    bits: { type: 'string', default: '18' },
    folds: { type: 'string', default: '5' },
    limit: { type: 'string' },
    bigrams: { type: 'string', default: axis.bigrams.map((b) => (b ? 'yes' : 'no')).join(',') },
    alpha: { type: 'string', default: axis.alpha.join(',') },
    l1: { type: 'string', default: axis.l1.join(',') },
    l2: { type: 'string', default: axis.l2.join(',') },
    epochs: { type: 'string', default: axis.epochs.join(',') },
    quiet: { type: 'boolean', default: false },
  },
})

const integer = (name: 'seed' | 'bits' | 'folds' | 'limit'): number => {
  const value = Number(values[name])
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number, got '${String(values[name])}'`)
  return value
}
const numbers = (name: 'alpha' | 'l1' | 'l2' | 'epochs'): number[] =>
  values[name]!.split(',').map((v) => {
    const value = Number(v)
    if (v.trim() === '' || !Number.isFinite(value) || value < 0) throw new Error(`--${name} takes comma-separated non-negative numbers, got '${values[name]}'`)
    return value
  })
const bigrams = values.bigrams!.split(',').map((v) => {
  if (v !== 'yes' && v !== 'no') throw new Error(`--bigrams takes yes, no or yes,no; got '${values.bigrams}'`)
  return v === 'yes'
})
const log = (line: string): void => {
  if (!values.quiet) process.stderr.write(line + '\n')
}
const f = (x: number): string => x.toFixed(4)
const describe = ({ candidate: c, dev, outOfFold }: CandidateResult): string =>
  `bigrams=${c.bigrams ? 'yes' : 'no '} alpha=${c.alpha} l1=${c.l1} l2=${c.l2} epochs=${c.epochs}: dev F1 ${f(dev.f1)} P ${f(dev.precision)} R ${f(dev.recall)} log loss ${f(dev.logLoss)}; train out-of-fold F1 ${f(outOfFold.f1)}`

const started = performance.now()
const dir = values.data!.endsWith('/') ? values.data! : values.data! + '/'
let train = readCheckworthyTsv(dir + CHECKWORTHY_TRAIN_FILE)
let dev = readCheckworthyTsv(dir + CHECKWORTHY_DEV_FILE)
if (values.limit !== undefined) {
  train = train.slice(0, integer('limit'))
  dev = dev.slice(0, Math.ceil(integer('limit') / 4))
}
log(`train ${train.length} sentences (${train.filter((e) => e.checkworthy).length} yes), dev ${dev.length} (${dev.filter((e) => e.checkworthy).length} yes)`)
const grid = checkworthyGrid({ bigrams, alpha: numbers('alpha'), l1: numbers('l1'), l2: numbers('l2'), epochs: numbers('epochs') })
const { model, chosen } = trainCheckworthy({ train, dev, seed: integer('seed'), bits: integer('bits'), folds: integer('folds'), grid, onCandidate: (r) => log(describe(r)) })
const bytes = encodeCheckworthyModel(model)
writeFileSync(values.out!, bytes)
log(`chosen: ${describe(chosen)}`)
log(`calibration: P(yes) = sigmoid(${f(model.platt.slope)} × score ${model.platt.intercept < 0 ? "−" : "+"} ${f(Math.abs(model.platt.intercept))})`)
log(`wrote ${values.out} (${(bytes.length / 1e3).toFixed(0)} kB) in ${((performance.now() - started) / 1000).toFixed(1)} s`)
