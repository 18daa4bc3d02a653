// Check-worthiness of the shipped model: F1 of the positive class at 0.5, precision, recall and accuracy
// on CheckThat! 2024 English dev (which chose the hyper-parameters), calibration on dev, and the same
// figures on the project's press-release gold set (out of domain; its test split is held out).
// `npm run eval -- checkworthy` (CHECKWORTHY_MODEL=path evaluates another model file.)
import { existsSync, statSync } from 'node:fs'
import { relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { sentenceAnalyzers } from '../src/analyzers/sentences/index.ts'
import { createAnalyzer } from '../src/engine/engine.ts'
import { binaryScores, calibrationError, reliabilityTable, type BinaryScores } from '../src/sentences/binary-scores.ts'
import { CHECKWORTHY_DEV_FILE, DEFAULT_CHECKWORTHY_DIR, readCheckworthyTsv } from '../src/sentences/checkworthy-data.ts'
import { claimScorer, DEFAULT_CHECKWORTHY_MODEL, readCheckworthyModel } from '../src/sentences/checkworthy-model.ts'
import { alignSpans } from '../src/sentences/function-scores.ts'
import { readGoldDocuments, type GoldSplit } from '../src/sentences/gold.ts'
import { tokenize } from '../src/text/tokenize.ts'

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5)

function line(name: string, s: BinaryScores): string {
  return `${name}: ${s.examples} sentences, ${s.positives} check-worthy — F1 ${pct(s.f1)}%  P ${pct(s.precision)}%  R ${pct(s.recall)}%  accuracy ${pct(s.accuracy)}%  (at 0.5; log loss ${s.logLoss.toFixed(3)}, Brier ${s.brier.toFixed(3)})`
}

function debates(modelPath: string): void {
  const devFile = new URL(CHECKWORTHY_DEV_FILE, DEFAULT_CHECKWORTHY_DIR)
  if (!existsSync(devFile)) {
    console.log(`CheckThat! dev: skipped, ${fileURLToPath(devFile)} is absent`)
    return
  }
  const model = readCheckworthyModel(modelPath)
  const scorer = claimScorer(model)
  const dev = readCheckworthyTsv(devFile)
  const tokenized = dev.map((e) => tokenize(e.text))
  const probabilities = tokenized.map((tokens) => scorer.score(tokens, 0, tokens.length))
  let ms = Infinity
  for (let pass = 0; pass < 5; pass++) {
    const started = process.cpuUsage()
    for (const tokens of tokenized) scorer.score(tokens, 0, tokens.length)
    const used = process.cpuUsage(started)
    ms = Math.min(ms, (used.user + used.system) / 1000)
  }
  const megabytes = dev.reduce((n, e) => n + Buffer.byteLength(e.text), 0) / 1e6
  const labels = dev.map((e) => e.checkworthy)
  console.log(line('CheckThat! 2024 English dev (chose the hyper-parameters)', binaryScores(probabilities, labels)))
  const table = reliabilityTable(probabilities, labels, 5)
  console.log(`  calibration on dev (expected calibration error ${calibrationError(table).toFixed(3)}):`)
  for (const bin of table) {
    if (bin.count === 0) continue
    console.log(`    P ${bin.from.toFixed(1)}–${bin.to.toFixed(1)}: ${String(bin.count).padStart(4)} sentences, mean P ${bin.meanProbability.toFixed(2)}, observed rate ${bin.observedRate.toFixed(2)}`)
  }
  const t = model.training
  console.log(
    `  model ${relative(process.cwd(), modelPath) || modelPath} (${(statSync(modelPath).size / 1e3).toFixed(0)} kB): seed ${String(t.seed)}, bigrams ${String(t.bigrams)}, alpha ${String(t.alpha)}, L1 ${String(t.l1)}, L2 ${String(t.l2)}, ` +
      `epochs ${String(t.epochs)}; train out-of-fold F1 ${String(t.outOfFoldF1)}; ` +
      `scores ${Math.round(dev.length / (ms / 1000)).toLocaleString('en')} sentences/s, ${(megabytes / (ms / 1000)).toFixed(1)} MB/s (CPU time, tokens given; best of 5 passes, one thread)`,
  )
}

function pressReleases(): void {
  const unspun = createAnalyzer({ analyzers: sentenceAnalyzers })
  const docs = readGoldDocuments()
  for (const split of ['test', 'dev'] as GoldSplit[]) {
    const probabilities: number[] = []
    const labels: boolean[] = []
    for (const doc of docs.filter((d) => d.split === split)) {
      const report = unspun.analyze({ id: doc.id, text: doc.text, language: 'en' })
      const aligned = alignSpans(doc.sentences, report.sentences)
      doc.sentences.forEach((g, i) => {
        probabilities.push(report.sentences[aligned[i]]?.checkworthiness ?? 0)
        labels.push(g.checkworthy)
      })
    }
    const name = split === 'test' ? 'press-release gold, test split (held out, out of domain)' : 'press-release gold, dev split'
    console.log(line(name, binaryScores(probabilities, labels)))
  }
}

export default function checkworthyEval(): void {
  console.log(`\n## Check-worthiness — npm run eval -- checkworthy — ${new Date().toISOString().slice(0, 10)}`)
  debates(process.env.CHECKWORTHY_MODEL ?? fileURLToPath(DEFAULT_CHECKWORTHY_MODEL))
  pressReleases()
}
