// Trains the named-entity tagger on CoNLL-2003 and writes models/ner.bin.
//   npm run train:ner -- [--train FILE] [--valid FILE] [--petrarch DIR] [--out FILE] [--seed N] [--epochs N]
//                        [--bits N] [--dropout P] [--case-augmentation P] [--prune W] [--limit N]
//                        [--clusters FILE | --no-clusters] [--quiet]
// The features read the word clusters of models/word-clusters.tsv.gz (npm run build:clusters) unless --no-clusters.
// The same data and options always write byte-identical weights.
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { buildGazetteerLists, DEFAULT_PETRARCH_DIR } from '../src/ner/gazetteer-sources.ts'
import { decodeNerModel, encodeNerModel } from '../src/ner/model-file.ts'
import { readTaggedSentences } from '../src/ner/conll-format.ts'
import { evaluateTagger, trainNerTagger } from '../src/ner/train.ts'
import { DEFAULT_CLUSTERS_FILE, loadWordClusters, NO_CLUSTERS } from '../src/models/word-clusters.ts'

const shared = new URL('../../shared/data/ner/', import.meta.url)
const { values } = parseArgs({
  options: {
    train: { type: 'string', default: fileURLToPath(new URL('conll2003-train.txt', shared)) },
    valid: { type: 'string', default: fileURLToPath(new URL('conll2003-valid.txt', shared)) },
    petrarch: { type: 'string', default: fileURLToPath(DEFAULT_PETRARCH_DIR) },
    out: { type: 'string', default: fileURLToPath(new URL('../models/ner.bin', import.meta.url)) },
    seed: { type: 'string', default: '1' },
    epochs: { type: 'string', default: '40' },
    bits: { type: 'string', default: '18' },
    prune: { type: 'string', default: '0.005' },
    dropout: { type: 'string', default: '0.4' },
    'case-augmentation': { type: 'string', default: '0.25' },
    limit: { type: 'string' },
    clusters: { type: 'string', default: DEFAULT_CLUSTERS_FILE },
    'no-clusters': { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  },
})

const number = (name: keyof typeof values): number => {
  const value = Number(values[name])
  if (!Number.isFinite(value)) throw new Error(`--${name} must be a number, got '${String(values[name])}'`)
  return value
}
const log = (line: string): void => {
  if (!values.quiet) process.stderr.write(line + '\n')
}

const started = performance.now()
const read = (path: string) => readTaggedSentences(readFileSync(path), { source: path })
let train = read(values.train!)
let valid = read(values.valid!)
if (values.limit !== undefined) {
  train = train.slice(0, number('limit'))
  valid = valid.slice(0, Math.ceil(number('limit') / 4))
}
const seed = number('seed')
const clusters = values['no-clusters'] ? NO_CLUSTERS : loadWordClusters(values.clusters)
const gazetteer = buildGazetteerLists({ petrarchDir: values.petrarch! })
log(`train ${train.length} sentences, valid ${valid.length}, gazetteer ${gazetteer.reduce((n, l) => n + l.names.length, 0)} names`)

const result = trainNerTagger({
  train,
  valid,
  gazetteer,
  seed,
  bits: number('bits'),
  epochs: number('epochs'),
  featureDropout: number('dropout'),
  caseAugmentation: number('case-augmentation'),
  clusters,
  onEpoch: ({ epoch, mistakes, validF1 }) => log(`epoch ${epoch}: ${mistakes} sentences wrong; valid F1 ${validF1 === null ? '-' : validF1.toFixed(4)}`),
})

const bytes = encodeNerModel(result.tagger, {
  prune: number('prune'),
  training: {
    data: 'CoNLL-2003 English train; epochs chosen on CoNLL-2003 valid',
    trainSentences: train.length,
    seed,
    bits: number('bits'),
    featureDropout: number('dropout'),
    caseAugmentation: number('case-augmentation'),
    epochs: result.bestEpoch,
    temperature: result.tagger.temperature,
  },
})
writeFileSync(values.out!, bytes)
const shipped = evaluateTagger(decodeNerModel(bytes, values.out, () => clusters), valid).overall
log(`best epoch ${result.bestEpoch}; temperature ${result.tagger.temperature.toFixed(3)}`)
log(`valid (as written, ${(bytes.length / 1e6).toFixed(2)} MB): P ${shipped.precision.toFixed(4)} R ${shipped.recall.toFixed(4)} F1 ${shipped.f1.toFixed(4)}`)
log(`wrote ${values.out} in ${((performance.now() - started) / 1000).toFixed(1)} s`)
