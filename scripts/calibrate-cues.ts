// Measures, on the PTC training articles, how often the hits of each cue family (and each entry)
// overlap a gold span of the technique they are a cue of, prints the table, and writes the counts to
// data/lexicons/calibration.json, where they become the confidences of rule findings.
// `node --import tsx scripts/calibrate-cues.ts [ptc-train folder] [--dry-run]`
import { writeFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import entitiesAnalyzer from '../src/analyzers/facts/entities.ts'
import { createAnalyzer } from '../src/engine/engine.ts'
import type { Technique } from '../src/report/schema.ts'
import { TECHNIQUES } from '../src/report/techniques.ts'
import { DEFAULT_LEXICON_DIR } from '../src/rhetoric/lexicon/load.ts'
import { DEFAULT_PTC_TRAIN_DIR, loadPtcCorpus, type PtcArticle } from '../src/rhetoric/ptc/corpus.ts'
import { CALIBRATION_FILE, calibrationFrom, contextBuckets, type CalibrationFile, type ContextStats } from '../src/rhetoric/rules/calibration.ts'
import { findCueTechniques, loadCueRules, type CueRules } from '../src/rhetoric/rules/cue-rules.ts'
import { cueContexts, lexiconFindings, splitTechnicalTerms } from '../src/rhetoric/rules/lexicon-findings.ts'
import { REPETITION_FAMILY, repetitionFindings } from '../src/rhetoric/rules/repetition-findings.ts'
import { MAXIM_FAMILY, maximFindings } from '../src/rhetoric/rules/maxims.ts'
import { SLOGAN_FAMILY, SLOGAN_LINE_CUE, sloganLineFindings } from '../src/rhetoric/rules/slogan-lines.ts'
import { splitParagraphs } from '../src/text/paragraphs.ts'
import { splitSentences } from '../src/text/sentences.ts'
import { tokenize } from '../src/text/tokenize.ts'
import type { Sentence, Token } from '../src/text/types.ts'

const SMOOTHING = 10
/** Hits that count as much as the overall precision when a context factor is smoothed. */
const CONTEXT_SMOOTHING = 30
const COMMAND = 'node --import tsx scripts/calibrate-cues.ts'

interface Prepared {
  article: PtcArticle
  tokens: Token[]
  sentences: Sentence[]
  entities: ReturnType<ReturnType<typeof createAnalyzer>['analyze']>['entities']
  gold: Map<string, PtcArticle['techniques']>
}

const ptcOf = new Map(TECHNIQUES.map((t) => [t.id, t.ptc]))

function prepare(articles: readonly PtcArticle[]): Prepared[] {
  const entities = createAnalyzer({ analyzers: [entitiesAnalyzer] })
  return articles.map((article) => {
    const gold = new Map<string, PtcArticle['techniques']>()
    for (const g of article.techniques) gold.set(g.technique, [...(gold.get(g.technique) ?? []), g])
    const tokens = tokenize(article.text)
    const sentences = splitSentences(article.text, tokens, splitParagraphs(article.text))
    return { article, tokens, sentences, entities: entities.analyze({ text: article.text, language: 'en' }).entities, gold }
  })
}

const overlapsGold = (doc: Prepared, f: Technique) => (doc.gold.get(ptcOf.get(f.technique) ?? '') ?? []).some((g) => g.start < f.end && f.start < g.end)

function familyOf(rules: CueRules, cue: string): string {
  if (cue === SLOGAN_LINE_CUE) return SLOGAN_FAMILY
  if (cue.startsWith('maxim.')) return MAXIM_FAMILY
  return rules.lexicon.entry(cue)?.family ?? (cue.startsWith(`${REPETITION_FAMILY}.`) ? REPETITION_FAMILY : 'unknown')
}

/** Share of word tokens inside a gold span of each technique: what a cue placed at random would score. */
function baselines(docs: readonly Prepared[]): Map<string, number> {
  const inside = new Map<string, number>()
  let words = 0
  for (const doc of docs) {
    for (const t of doc.tokens) {
      if (t.kind !== 'word') continue
      words++
      for (const [label, spans] of doc.gold) if (spans.some((g) => g.start < t.end && t.start < g.end)) inside.set(label, (inside.get(label) ?? 0) + 1)
    }
  }
  return new Map(TECHNIQUES.map((t) => [t.id, (inside.get(t.ptc) ?? 0) / Math.max(1, words)]))
}

function measure(docs: readonly Prepared[], rules: CueRules): CalibrationFile {
  const families: CalibrationFile['families'] = {}
  const entries: CalibrationFile['entries'] = {}
  const base = baselines(docs)
  const blank = (): ContextStats => ({ hits: 0, overlapping: 0, factor: 1 })
  const context = { otherCues: { none: blank(), one: blank(), more: blank() }, exclamation: { no: blank(), yes: blank() } }
  const lexical = blank()
  for (const doc of docs) {
    const { text } = doc.article
    const { cues: matches, technical } = splitTechnicalTerms(doc.tokens, rules.lexicon.compiled.match(doc.tokens))
    const contexts = cueContexts(doc.tokens, doc.sentences, matches)
    const lexiconHits = lexiconFindings(text, doc.tokens, doc.sentences, matches, rules.calibration)
    lexiconHits.forEach((f, i) => {
      const hit = overlapsGold(doc, f) ? 1 : 0
      const bucket = contextBuckets(contexts[i])
      for (const c of [lexical, context.otherCues[bucket.otherCues], context.exclamation[bucket.exclamation]]) {
        c.hits++
        c.overlapping += hit
      }
    })
    const repetitionHits = repetitionFindings(text, doc.tokens, rules.repetition, rules.calibration, { entities: doc.entities, matches, technical })
    const sloganHits = sloganLineFindings(text, doc.tokens, doc.sentences, rules.calibration)
    const maximHits = maximFindings(text, doc.tokens, doc.sentences, rules.calibration)
    for (const f of [...lexiconHits, ...repetitionHits, ...sloganHits, ...maximHits]) {
      const hit = overlapsGold(doc, f) ? 1 : 0
      const cue = f.cues[0]
      const family = familyOf(rules, cue)
      const fam = (families[family] ??= { technique: f.technique, hits: 0, overlapping: 0, precision: 0, baseline: base.get(f.technique) ?? 0 })
      fam.hits++
      fam.overlapping += hit
      const e = (entries[cue] ??= { hits: 0, overlapping: 0 })
      e.hits++
      e.overlapping += hit
    }
  }
  for (const fam of Object.values(families)) {
    fam.precision = fam.hits === 0 ? 0 : Math.round((fam.overlapping / fam.hits) * 1000) / 1000
    fam.baseline = Math.round(fam.baseline * 1000) / 1000
  }
  const overall = lexical.overlapping / Math.max(1, lexical.hits)
  for (const c of [...Object.values(context.otherCues), ...Object.values(context.exclamation)]) {
    c.factor = Math.round((((c.overlapping + CONTEXT_SMOOTHING * overall) / (c.hits + CONTEXT_SMOOTHING)) / overall) * 1000) / 1000
  }
  const sorted = <T>(o: Record<string, T>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)))
  return {
    description:
      'Measured on the PTC v2 training articles: for each cue family and entry, how many hits the rules made (hits) and how many of them overlap a gold span of the technique they are a cue of (overlapping). precision = overlapping / hits; baseline = share of word tokens inside a gold span of that technique, the precision of a cue placed at random.',
    command: COMMAND,
    corpus: `PTC v2 train split, ${docs.length} articles`,
    smoothing: SMOOTHING,
    families: sorted(families),
    entries: sorted(entries),
    context,
  }
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(6)

function contextTable(file: CalibrationFile): string {
  const rows = ['context of a lexicon hit            hits  overlap  factor']
  const add = (name: string, c: ContextStats) => rows.push(`${name.padEnd(34)} ${String(c.hits).padStart(5)}  ${String(c.overlapping).padStart(7)}  ${c.factor.toFixed(3)}`)
  add('no other cue in the sentence', file.context.otherCues.none)
  add('one other cue in the sentence', file.context.otherCues.one)
  add('two or more other cues', file.context.otherCues.more)
  add('sentence without "!"', file.context.exclamation.no)
  add('sentence with "!"', file.context.exclamation.yes)
  return rows.join('\n')
}

function familyTable(file: CalibrationFile): string {
  const rows = ['family             technique                           hits  overlap  precision  baseline   lift']
  for (const [name, f] of Object.entries(file.families).sort(([, a], [, b]) => b.precision - a.precision)) {
    const lift = f.baseline > 0 ? (f.precision / f.baseline).toFixed(1) : '–'
    rows.push(`${name.padEnd(18)} ${f.technique.padEnd(34)} ${String(f.hits).padStart(5)}  ${String(f.overlapping).padStart(7)}     ${pct(f.precision)}    ${pct(f.baseline)}  ${lift.padStart(5)}`)
  }
  return rows.join('\n')
}

/** Precision of what the analyzer reports (merged, calibrated, weak cues dropped), per technique. */
function reportedTable(docs: readonly Prepared[], rules: CueRules): string {
  const tally = new Map<string, { found: number; overlapping: number }>()
  for (const doc of docs) {
    for (const f of findCueTechniques({ text: doc.article.text, tokens: doc.tokens, sentences: doc.sentences, entities: doc.entities }, rules)) {
      const t = tally.get(f.technique) ?? { found: 0, overlapping: 0 }
      t.found++
      t.overlapping += overlapsGold(doc, f) ? 1 : 0
      tally.set(f.technique, t)
    }
  }
  const rows = ['technique                           reported  overlap  precision']
  for (const t of TECHNIQUES) {
    const c = tally.get(t.id) ?? { found: 0, overlapping: 0 }
    rows.push(`${t.id.padEnd(34)} ${String(c.found).padStart(9)}  ${String(c.overlapping).padStart(7)}     ${pct(c.found ? c.overlapping / c.found : 0)}`)
  }
  return rows.join('\n')
}

function main(args: readonly string[]): number {
  const dryRun = args.includes('--dry-run')
  const folder = args.find((a) => !a.startsWith('--')) ?? DEFAULT_PTC_TRAIN_DIR
  const started = performance.now()
  const docs = prepare(loadPtcCorpus(folder))
  const file = measure(docs, loadCueRules(DEFAULT_LEXICON_DIR, { calibrated: false }))
  console.log(`## Cue calibration on ${file.corpus} — ${COMMAND} — ${new Date().toISOString().slice(0, 10)}\n`)
  console.log(familyTable(file))
  console.log(`\n${contextTable(file)}`)
  const calibrated = { ...loadCueRules(DEFAULT_LEXICON_DIR, { calibrated: false }), calibration: calibrationFrom(file) }
  console.log(`\nReported findings (merged, calibrated, confidence ≥ threshold):\n${reportedTable(docs, calibrated)}`)
  if (!dryRun) {
    const path = `${fileURLToPath(DEFAULT_LEXICON_DIR)}${CALIBRATION_FILE}`
    writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`)
    console.log(`\nWrote ${path}`)
  }
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`)
  return 0
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2))
