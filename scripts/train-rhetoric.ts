// Trains the rhetoric models (propaganda span tagger + technique classifier) on the PTC training split
// and writes models/rhetoric-spans.bin and models/rhetoric-techniques.bin.
//   npm run train:rhetoric -- [--data DIR] [--out DIR] [--seed N] [--folds N] [--limit N] [--keep-names] [--no-cues] [--clusters FILE | --no-clusters] [--quiet]
// Lexicon cue hits (data/lexicons, through matchCues) are features unless --no-cues; retrain when the lexicon changes.
// Both models read the word clusters of models/word-clusters.tsv.gz (npm run build:clusters) unless --no-clusters.
// The same data and options always write byte-identical files.
import { mkdirSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { matchCues } from '../src/rhetoric/lexicon/index.ts'
import { DEFAULT_PTC_TRAIN_DIR } from '../src/rhetoric/ptc/corpus.ts'
import { DEFAULT_MODEL_DIR, writeRhetoricModel } from '../src/rhetoric/model/model-file.ts'
import { loadTrainingDocuments, trainRhetoricModel } from '../src/rhetoric/model/rhetoric-training.ts'
import { DEFAULT_CLUSTERS_FILE, loadWordClusters, NO_CLUSTERS } from '../src/models/word-clusters.ts'

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: DEFAULT_PTC_TRAIN_DIR },
    out: { type: 'string', default: DEFAULT_MODEL_DIR },
    seed: { type: 'string', default: '2020' },
    folds: { type: 'string', default: '5' },
    limit: { type: 'string' },
    'keep-names': { type: 'boolean', default: false },
    'no-cues': { type: 'boolean', default: false },
    clusters: { type: 'string', default: DEFAULT_CLUSTERS_FILE },
    'no-clusters': { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  },
})

const integer = (name: 'seed' | 'folds' | 'limit'): number => {
  const value = Number(values[name])
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number, got '${String(values[name])}'`)
  return value
}
const log = (line: string): void => {
  if (!values.quiet) process.stderr.write(line + '\n')
}

const started = performance.now()
const docs = loadTrainingDocuments(values.data, {
  limit: values.limit === undefined ? undefined : integer('limit'),
  cueMatcher: values['no-cues'] ? undefined : matchCues,
})
log(`${docs.length} articles from ${values.data}`)
const maskNames = !values['keep-names']
const { model, summary } = trainRhetoricModel(docs, {
  seed: integer('seed'),
  folds: integer('folds'),
  tagger: { maskNames },
  classifier: { maskNames },
  clusters: values['no-clusters'] ? NO_CLUSTERS : loadWordClusters(values.clusters),
  log,
})
mkdirSync(values.out!, { recursive: true })
const paths = writeRhetoricModel(values.out!, model, {
  corpus: 'PTC v2 train split',
  articles: summary.articles,
  folds: summary.folds,
  seed: summary.seed,
  maskNames,
  cues: model.usesCues,
  clusters: model.tagger.words.clusters.size > 0 ? model.tagger.words.clusters.digest : 'none',
  heldOutSpanF1: Math.round(summary.spanIdentification.f1 * 10000) / 10000,
  heldOutTechniqueAccuracy: Math.round(summary.techniqueAccuracy * 10000) / 10000,
})
log(`held-out SI F1 ${summary.spanIdentification.f1.toFixed(4)} (P ${summary.spanIdentification.precision.toFixed(4)}, R ${summary.spanIdentification.recall.toFixed(4)}), technique accuracy ${summary.techniqueAccuracy.toFixed(4)}`)
log(`wrote ${paths.spans} and ${paths.techniques} in ${((performance.now() - started) / 1000).toFixed(0)} s`)
