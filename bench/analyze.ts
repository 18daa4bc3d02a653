/**
 * `npm run bench`: throughput and memory of the text layer and of the full analyzer on a corpus of
 * at least 5 MB built at run time from examples/ and, when present, the PTC training articles,
 * with compromise and wink-nlp run on the same text in the same process for a ratio.
 *
 * Options: --min-mb <n> (default 5), --examples <dir>, --ptc <dir>, --rounds <n> (text layer, best of, default 5),
 * --tagger-mb <n> (how much of the corpus compromise's tagger reads, default 1: it runs at well under
 * 1 MB/s), --skip-libraries.
 */
import { existsSync } from 'node:fs'
import { cpus } from 'node:os'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import nlp from 'compromise'
import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'
import { createAnalyzer } from '../src/index.ts'
import { splitParagraphs } from '../src/text/paragraphs.ts'
import { splitSentences } from '../src/text/sentences.ts'
import { tokenize } from '../src/text/tokenize.ts'
import { buildCorpus, type BenchDoc } from './corpus.ts'
import { bestOf, megabytesPerSecond, timePass, type Measurement } from './measure.ts'
import { measurementTable, ratioLine } from './table.ts'

const TEXT_LAYER_TARGET = 20
/** The whole analysis on one core, with the facts layer and with the rhetoric layer on. */
const ANALYSIS_TARGET = 5

const { values } = parseArgs({
  options: {
    'min-mb': { type: 'string', default: '5' },
    examples: { type: 'string', default: fileURLToPath(new URL('../examples', import.meta.url)) },
    ptc: { type: 'string', default: fileURLToPath(new URL('../../shared/data/ptc-train/articles', import.meta.url)) },
    rounds: { type: 'string', default: '5' },
    'tagger-mb': { type: 'string', default: '1' },
    'skip-libraries': { type: 'boolean', default: false },
  },
})

function command(): string {
  const args = process.argv.slice(2).join(' ')
  if (process.env.npm_lifecycle_event === 'bench') return `npm run bench${args ? ` -- ${args}` : ''}`
  return `node --import tsx bench/analyze.ts${args ? ` ${args}` : ''}`
}

type MetadataReader = (text: string) => { title: string | null } | null

async function loadMetadataReader(): Promise<MetadataReader | null> {
  const url = new URL('../src/ingest/metadata.ts', import.meta.url)
  if (!existsSync(url)) return null
  const module = (await import(url.href)) as { extractTextMetadata?: MetadataReader }
  return module.extractTextMetadata ?? null
}

function textLayer(text: string): number {
  const tokens = tokenize(text)
  const paragraphs = splitParagraphs(text)
  return tokens.length + paragraphs.length + splitSentences(text, tokens, paragraphs).length
}

/** The leading documents of the corpus that together hold about `bytes`. */
function leading(docs: readonly BenchDoc[], bytes: number): BenchDoc[] {
  const out: BenchDoc[] = []
  let total = 0
  for (const d of docs) {
    if (total >= bytes) break
    out.push(d)
    total += d.bytes
  }
  return out
}

/** Runs a pass once on a slice of the corpus so that the measured pass runs optimised code. */
function warmUp(docs: readonly BenchDoc[], work: (text: string) => number): void {
  let bytes = 0
  for (const d of docs) {
    work(d.text)
    bytes += d.bytes
    if (bytes > 300_000) break
  }
}

async function main(): Promise<void> {
  const minMb = Number(values['min-mb'])
  const rounds = Math.max(1, Number(values.rounds))
  const corpus = await buildCorpus({
    sources: [{ label: 'examples', dir: values.examples }, { label: 'ptc', dir: values.ptc }],
    minBytes: minMb * 1e6,
  })
  const { docs } = corpus
  const print = (line = '') => console.log(line)
  print(`unspun bench — ${new Date().toISOString()}`)
  print(`node ${process.version} · ${process.platform} ${process.arch} · ${cpus()[0]?.model ?? 'unknown CPU'} · one thread`)
  print(`command: ${command()}`)
  const sourceList = corpus.sources.map((s) => `${s.label} ${s.documents} docs / ${(s.bytes / 1e6).toFixed(2)} MB${s.documents === 0 ? ` (none at ${s.dir})` : ''}`).join(', ')
  print(`corpus: ${(corpus.bytes / 1e6).toFixed(2)} MB UTF-8 in ${docs.length} documents (${sourceList}; repeated ×${corpus.repeats})`)
  print()

  const rows: Measurement[] = []
  const run = (label: string, work: (text: string) => number, times = 1, note?: string, subset: readonly BenchDoc[] = docs): Measurement => {
    warmUp(subset, work)
    const m = bestOf(times, () => timePass(label, subset, work))
    if (note) m.note = note
    rows.push(m)
    process.stderr.write(`  ${label}: ${megabytesPerSecond(m).toFixed(2)} MB/s\n`)
    return m
  }

  run('tokenize', (t) => tokenize(t).length, rounds)
  const layer = run('text layer: tokenize + paragraphs + sentences', textLayer, rounds)
  const extractTextMetadata = await loadMetadataReader()
  let layerWithMetadata: Measurement | null = null
  if (extractTextMetadata) {
    layerWithMetadata = run('text layer + extractTextMetadata', (t) => textLayer(t) + (extractTextMetadata(t)?.title?.length ?? 0), rounds)
  }

  const setupStarted = process.hrtime.bigint()
  const unspun = createAnalyzer()
  const setupSeconds = Number(process.hrtime.bigint() - setupStarted) / 1e9
  let errors = 0
  const analysis = (label: string, analyzer: ReturnType<typeof createAnalyzer>, note: string) =>
    run(label, (t) => {
      const report = analyzer.analyze(t)
      for (const p of report.problems) if (p.severity === 'error') errors++
      return report.sentences.length + report.entities.length + report.quotes.length + report.events.length + report.techniques.length
    }, 1, note)
  // The layers as the issues of the project name them: facts (entities, amounts, dates, quotes,
  // events) and rhetoric (techniques, sentence function, check-worthiness, with the entities and
  // quotes the techniques need for speakers).
  const layers = [
    analysis('analyze: text + facts layer', createAnalyzer({ disable: ['rhetoric/', 'sentences/'] }), "disable: rhetoric/, sentences/"),
    analysis('analyze: text + rhetoric layer', createAnalyzer({ disable: ['facts/events', 'facts/amounts', 'facts/dates'] }), 'disable: facts/events, facts/amounts, facts/dates'),
  ]
  const full = analysis('createAnalyzer().analyze (all analyzers)', unspun, 'every layer')

  const comparisons: Measurement[] = []
  if (!values['skip-libraries']) {
    comparisons.push(run('compromise nlp.tokenize(text)', (t) => nlp.tokenize(t).length))
    const taggerDocs = leading(docs, Number(values['tagger-mb']) * 1e6)
    const taggerMb = (taggerDocs.reduce((sum, d) => sum + d.bytes, 0) / 1e6).toFixed(2)
    comparisons.push(run('compromise nlp(text)', (t) => nlp(t).length, 1, `tokenize + tag; first ${taggerMb} MB`, taggerDocs))
    const winkSentences = winkNLP(model, ['sbd'])
    comparisons.push(run('wink-nlp readDoc(text), sentences only', (t) => winkSentences.readDoc(t).sentences().length(), 1, "pipe ['sbd']"))
    const winkFull = winkNLP(model)
    comparisons.push(run('wink-nlp readDoc(text), default pipe', (t) => winkFull.readDoc(t).sentences().length(), 1, 'sbd, negation, sentiment, pos, ner, cer'))
  }

  print(measurementTable(rows))
  print('(passes ran in this order in one process; peak RSS and heap are process-wide high-water marks)')
  print()
  print(`analyzers: ${unspun.analyzers.map((a) => a.id).join(', ') || '(none registered)'}; set up in ${setupSeconds.toFixed(2)} s; ${errors} error problems over ${docs.length} documents`)
  const verdict = megabytesPerSecond(layer) >= TEXT_LAYER_TARGET ? 'meets' : 'is BELOW'
  print(`text layer: ${megabytesPerSecond(layer).toFixed(1)} MB/s ${verdict} the ${TEXT_LAYER_TARGET} MB/s target on one core`)
  for (const m of [...layers, full]) {
    const mbs = megabytesPerSecond(m)
    print(`${m.label}: ${mbs.toFixed(2)} MB/s ${mbs >= ANALYSIS_TARGET ? 'meets' : 'is BELOW'} the ${ANALYSIS_TARGET} MB/s target on one core`)
  }
  if (layerWithMetadata) print(`text layer with metadata: ${megabytesPerSecond(layerWithMetadata).toFixed(1)} MB/s`)
  else print('text layer with metadata: skipped, src/ingest/metadata.ts is not there')
  if (comparisons.length > 0) {
    print()
    for (const other of comparisons) {
      print(ratioLine(layer, other))
      print(ratioLine(full, other))
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(2)
})
