// Cross-validates the rhetoric models on the PTC training split and prints the official scores.
//   npm run eval:ptc -- [--data DIR] [--folds N] [--seed N] [--limit N] [--keep-names] [--no-cues] [--no-clusters] [--summary FILE]
// --summary writes the figures as JSON (models/rhetoric-cv.json is the one docs/techniques.md reads).
// Folds are by article (seeded). For each held-out fold, the span decoding and both calibrations are
// chosen on the other folds' held-out predictions only, so no figure below was tuned on its own fold.
import { existsSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { PTC_LABELS } from '../src/report/techniques.ts'
import { matchCues } from '../src/rhetoric/lexicon/index.ts'
import { calibrate, fitIsotonic, reliabilityTable, type Observation } from '../src/rhetoric/model/calibration.ts'
import { chooseDecoding, DECODING_GRID, decodeHeldOut, spanObservations, techniqueObservations } from '../src/rhetoric/model/decoding-selection.ts'
import { outOfFoldPredictions, type HeldOutPrediction } from '../src/rhetoric/model/out-of-fold.ts'
import { DEFAULT_CLASSIFIER_OPTIONS, DEFAULT_TAGGER_OPTIONS, loadTrainingDocuments } from '../src/rhetoric/model/rhetoric-training.ts'
import { DEFAULT_PTC_TRAIN_DIR } from '../src/rhetoric/ptc/corpus.ts'
import { loadRhetoricModel } from '../src/rhetoric/model/model-file.ts'
import { techniqueFindings } from '../src/rhetoric/model/technique-findings.ts'
import { loadWordClusters, NO_CLUSTERS } from '../src/models/word-clusters.ts'
import { defaultCueLexicon } from '../src/rhetoric/lexicon/index.ts'
import { scoreSpanIdentification } from '../src/rhetoric/ptc/score-si.ts'
import { scoreTechniqueClassification, type LabelledSpan } from '../src/rhetoric/ptc/score-tc.ts'
import { lineBaselineSpans } from '../src/rhetoric/ptc/baseline.ts'

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: DEFAULT_PTC_TRAIN_DIR },
    folds: { type: 'string', default: '5' },
    seed: { type: 'string', default: '2020' },
    limit: { type: 'string' },
    'keep-names': { type: 'boolean', default: false },
    'no-cues': { type: 'boolean', default: false },
    'no-clusters': { type: 'boolean', default: false },
    summary: { type: 'string' },
  },
})
const out = (line = '') => process.stdout.write(line + '\n')
const f = (v: number) => v.toFixed(4)

if (!existsSync(values.data!)) {
  out(`eval:ptc skipped: no PTC data at ${values.data} (needs ../shared/data/ptc-train or --data DIR)`)
  process.exit(0)
}

const started = performance.now()
const folds = Number(values.folds)
const maskNames = !values['keep-names']
const clusters = values['no-clusters'] ? NO_CLUSTERS : loadWordClusters()
const docs = loadTrainingDocuments(values.data, {
  limit: values.limit === undefined ? undefined : Number(values.limit),
  cueMatcher: values['no-cues'] ? undefined : matchCues,
})
const heldOut = outOfFoldPredictions(docs, {
  folds,
  seed: Number(values.seed),
  tagger: { ...DEFAULT_TAGGER_OPTIONS, maskNames, clusters },
  classifier: { ...DEFAULT_CLASSIFIER_OPTIONS, maskNames, clusters },
  onFold: (k, s) => process.stderr.write(`fold ${k + 1}/${folds}: trained and predicted in ${s.toFixed(1)} s\n`),
})

const predictedSpans = new Map<string, Array<{ start: number; end: number }>>()
const spanPairs: Observation[] = []
const techniquePairs: Observation[] = []
const foldScores: string[] = []
const decodings: string[] = []
for (let k = 0; k < folds; k++) {
  const inFold = heldOut.filter((p) => p.fold === k)
  const others = heldOut.filter((p) => p.fold !== k)
  const { decoding } = chooseDecoding(others)
  decodings.push(JSON.stringify(decoding))
  const spanCalibration = fitIsotonic(spanObservations(others, decoding))
  const techniqueCalibration = fitIsotonic(techniqueObservations(others))
  for (const p of inFold) predictedSpans.set(p.doc.id, decodeHeldOut(p, decoding))
  for (const o of spanObservations(inFold, decoding)) spanPairs.push({ score: calibrate(spanCalibration, o.score), outcome: o.outcome })
  for (const o of techniqueObservations(inFold)) techniquePairs.push({ score: calibrate(techniqueCalibration, o.score), outcome: o.outcome })
  const foldGold = new Map(inFold.map((p) => [p.doc.id, p.doc.spans]))
  const foldPredicted = new Map(inFold.map((p) => [p.doc.id, predictedSpans.get(p.doc.id)!]))
  foldScores.push(f(scoreSpanIdentification(foldPredicted, foldGold).f1))
}

const gold = new Map(docs.map((d) => [d.id, d.spans]))
const si = scoreSpanIdentification(predictedSpans, gold)
const baseline = scoreSpanIdentification(new Map(docs.map((d) => [d.id, lineBaselineSpans(d.text)])), gold)

function techniquePredictions(predictions: readonly HeldOutPrediction[]): { predicted: LabelledSpan[]; goldLabels: LabelledSpan[] } {
  const predicted: LabelledSpan[] = []
  const goldLabels: LabelledSpan[] = []
  const classes = PTC_LABELS.length
  for (const p of predictions) {
    p.goldSpans.forEach((span, k) => {
      const probabilities = p.techniqueProbabilities.subarray(k * classes, (k + 1) * classes)
      const ranking = PTC_LABELS.map((_, c) => c).sort((a, b) => probabilities[b] - probabilities[a] || a - b)
      span.labels.forEach((label, r) => {
        goldLabels.push({ article: p.doc.id, technique: label, start: span.start, end: span.end })
        predicted.push({ article: p.doc.id, technique: PTC_LABELS[ranking[r]], start: span.start, end: span.end })
      })
    })
  }
  return { predicted, goldLabels }
}
const { predicted, goldLabels } = techniquePredictions(heldOut)
const tc = scoreTechniqueClassification(predicted, goldLabels)
const majority = scoreTechniqueClassification(goldLabels.map((g) => ({ ...g, technique: 'Loaded_Language' })), goldLabels)

function printReliability(title: string, pairs: Observation[], observedName: string): void {
  const { bins, expectedCalibrationError } = reliabilityTable(pairs)
  out(`${title} (expected calibration error ${f(expectedCalibrationError)})`)
  out(`  confidence   count   mean confidence   ${observedName}`)
  for (const b of bins) {
    if (b.count === 0) continue
    out(`  ${b.from.toFixed(1)}–${b.to.toFixed(1)}   ${String(b.count).padStart(6)}   ${f(b.meanConfidence).padStart(15)}   ${f(b.observed).padStart(8)}`)
  }
}

out(`# PTC cross-validation — ${new Date().toISOString().slice(0, 10)}`)
out(`command: npm run eval:ptc${process.argv.length > 2 ? ' -- ' + process.argv.slice(2).join(' ') : ''}`)
out(`data: ${docs.length} articles of ${values.data}; ${folds} folds by article, seed ${values.seed}; names ${maskNames ? 'masked' : 'kept'}; lexicon cues ${values['no-cues'] ? 'off' : 'on'}; word clusters ${values['no-clusters'] ? 'off' : 'on'}`)
out(`decoding chosen per fold on the other folds: ${[...new Set(decodings)].join(' | ')}`)
out()
out('## Span identification (official semantics: partial credit by overlap, merged spans)')
out(`  model                        P ${f(si.precision)}  R ${f(si.recall)}  F1 ${f(si.f1)}  (${si.predicted} predicted, ${si.gold} gold spans)`)
out(`  per fold F1                  ${foldScores.join('  ')}`)
out(`  baseline: every line a span  P ${f(baseline.precision)}  R ${f(baseline.recall)}  F1 ${f(baseline.f1)}`)
out()
out('## Span granularity: the best decoding of each kind, chosen on all held-out predictions (optimistic)')
for (const granularity of ['tokens', 'clauses', 'sentences'] as const) {
  const best = chooseDecoding(heldOut, DECODING_GRID.filter((d) => d.granularity === granularity))
  out(`  ${granularity.padEnd(10)} P ${f(best.score.precision)}  R ${f(best.score.recall)}  F1 ${f(best.score.f1)}  ${JSON.stringify(best.decoding)}`)
}
const oracle = new Map(heldOut.map((p) => [p.doc.id, decodeHeldOut({ ...p, tokenProbabilities: Float64Array.from(p.doc.inside) }, { granularity: 'sentences', threshold: Number.MIN_VALUE })]))
out(`  oracle: the sentences that hold gold spans  F1 ${f(scoreSpanIdentification(oracle, gold).f1)}`)
out()
out('## Technique classification on gold spans (micro-F1)')
out(`  model                  micro-F1 ${f(tc.microF1)}`)
out(`  baseline: all Loaded_Language  ${f(majority.microF1)}`)
out('  technique                                   F1     P      R      gold')
for (const t of tc.perTechnique) out(`  ${t.technique.padEnd(40)}  ${t.f1.toFixed(3)}  ${t.precision.toFixed(3)}  ${t.recall.toFixed(3)}  ${String(t.gold).padStart(5)}`)
out()
printReliability('## Reliability: span confidence vs share of the span inside gold spans', spanPairs, 'observed precision')
out()
printReliability('## Reliability: technique confidence vs top label correct', techniquePairs, 'observed accuracy')
out()
// Inference speed of the shipped model (CPU time, best of three passes over the same articles).
const shipped = loadRhetoricModel()
const lexicon = shipped.usesCues ? defaultCueLexicon() : null
let best = Infinity
for (let pass = 0; pass < 3; pass++) {
  const before = process.cpuUsage()
  for (const d of docs) techniqueFindings(shipped, { text: d.text, tokens: d.tokens, sentences: d.sentences, cues: lexicon ? lexicon.matchCues(d.text, d.tokens) : [] })
  const used = process.cpuUsage(before)
  best = Math.min(best, (used.user + used.system) / 1e6)
}
const tokenCount = docs.reduce((n, d) => n + d.tokens.length, 0)
const megabytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / 1e6
out('## Inference speed of the shipped model (rhetoric/techniques without tokenizing, lexicon cues included)')
out(`  ${Math.round(tokenCount / best).toLocaleString('en-US')} tokens/s, ${(megabytes / best).toFixed(1)} MB/s over ${docs.length} articles (${tokenCount.toLocaleString('en-US')} tokens), CPU time, best of 3`)
out()
out(`took ${((performance.now() - started) / 1000).toFixed(0)} s`)

if (values.summary) {
  const r = (v: number) => Math.round(v * 1000) / 1000
  const summary = {
    command: `npm run eval:ptc${process.argv.length > 2 ? ' -- ' + process.argv.slice(2).join(' ') : ''}`,
    date: new Date().toISOString().slice(0, 10),
    folds,
    measure: 'technique classification on gold spans, per technique',
    articles: docs.length,
    names: maskNames ? 'masked' : 'kept',
    cues: !values['no-cues'],
    clusters: !values['no-clusters'],
    spanIdentification: { precision: r(si.precision), recall: r(si.recall), f1: r(si.f1), lineBaselineF1: r(baseline.f1) },
    techniqueClassification: { microF1: r(tc.microF1) },
    techniques: Object.fromEntries(tc.perTechnique.map((t) => [t.technique, { f1: r(t.f1), precision: r(t.precision), recall: r(t.recall) }])),
  }
  writeFileSync(values.summary, JSON.stringify(summary, null, 2) + '\n')
  out(`wrote ${values.summary}`)
}
