// Persuasion-technique spans on the project's own press-release gold set (gold/techniques, see its
// GUIDE.md): span identification and technique-aware precision, recall and F1 with the PTC
// partial-overlap credit, and a row per technique, for the held-out test split and the dev split apart.
// `npm run eval -- techniques`
// TECHNIQUES_ERRORS=1 also lists the dev split's missed gold spans and unmatched predictions (never the test split's).
import { createAnalyzer } from '../src/index.ts'
import { readTechniqueGold, scoreTechniques, spanErrors, type ScoredDocument, type TechniqueGoldDocument, type TechniqueSpan } from './techniques-gold.ts'

const pct = (x: number | null): string => (x === null ? '    –' : (100 * x).toFixed(1).padStart(5))

/** Every non-empty line as one span: the trivial baseline of the PTC readme, for scale. */
function lineSpans(text: string): TechniqueSpan[] {
  const spans: TechniqueSpan[] = []
  let start = 0
  for (const line of text.split('\n')) {
    const lead = line.length - line.trimStart().length
    const trimmed = line.trim()
    if (trimmed) spans.push({ technique: 'loaded_language', start: start + lead, end: start + lead + trimmed.length })
    start += line.length + 1
  }
  return spans
}

/** Findings that read a whole argued sentence, and how many of them overlap a gold span of any technique. */
interface ArguedCount {
  found: number
  overlapping: number
}

function table(name: string, docs: readonly (ScoredDocument & { text: string; argued: ArguedCount })[], problems: number): string {
  const s = scoreTechniques(docs)
  const argued = docs.reduce((sum, d) => ({ found: sum.found + d.argued.found, overlapping: sum.overlapping + d.argued.overlapping }), { found: 0, overlapping: 0 })
  const baseline = scoreTechniques(docs.map((d) => ({ ...d, predicted: lineSpans(d.text) }))).spans
  const rows = [
    `${name}: ${docs.length} documents, ${s.spans.gold} gold spans (merged), ${s.spans.predicted} found (merged)${problems ? `, ${problems} analyzer problems` : ''}`,
    `  span identification (technique-agnostic)  P ${pct(s.spans.precision)}  R ${pct(s.spans.recall)}  F1 ${pct(s.spans.f1)}   (every line as a span: F1 ${pct(baseline.f1)})`,
    `  technique-aware                           P ${pct(s.techniques.precision)}  R ${pct(s.techniques.recall)}  F1 ${pct(s.techniques.f1)}   (gold ${s.techniques.gold}, found ${s.techniques.predicted})`,
    `  argued sentences read whole: ${argued.found}, of which ${argued.overlapping} overlap a gold span${argued.found ? ` (${pct(argued.overlapping / argued.found).trim()}%)` : ''}`,
    `  technique                            gold  found      P      R     F1`,
  ]
  for (const r of s.byTechnique) {
    rows.push(`  ${r.technique.padEnd(34)} ${String(r.gold).padStart(5)}  ${String(r.predicted).padStart(5)}  ${pct(r.predicted ? r.precision : null)}  ${pct(r.gold ? r.recall : null)}  ${pct(r.f1)}`)
  }
  return rows.join('\n')
}

function errors(docs: readonly (ScoredDocument & { text: string })[]): string {
  const rows = ['  dev split errors (missed: gold span no prediction of its technique overlaps; unmatched: prediction no gold span of its technique overlaps):']
  for (const doc of docs) {
    for (const e of spanErrors(doc)) {
      const other = e.otherTechniques.length ? ` [${e.kind === 'missed' ? 'found as' : 'gold'} ${e.otherTechniques.join(', ')}]` : ''
      rows.push(`  ${e.doc}: ${e.kind.padEnd(9)} ${e.technique.padEnd(33)} ${JSON.stringify(e.text)}${other}`)
    }
  }
  return rows.join('\n')
}

export default async function techniquesEval(): Promise<void> {
  console.log(`\n## Persuasion techniques (own press-release gold set) — npm run eval -- techniques — ${new Date().toISOString().slice(0, 10)}`)
  const gold = readTechniqueGold()
  const unspun = createAnalyzer()
  const scored = new Map<string, ScoredDocument & { text: string; argued: ArguedCount }>()
  const problems = new Map<string, number>()
  for (const doc of gold) {
    const report = unspun.analyze({ id: doc.id, text: doc.text, language: 'en' })
    const predicted = report.techniques.map((t) => ({ technique: t.technique, start: t.start, end: t.end }))
    const whole = report.techniques.filter((t) => t.cues.includes('argued sentence'))
    const argued = { found: whole.length, overlapping: whole.filter((t) => doc.spans.some((g) => g.start < t.end && t.start < g.end)).length }
    scored.set(doc.id, { id: doc.id, text: doc.text, gold: doc.spans, predicted, argued })
    problems.set(doc.id, report.problems.filter((p) => p.severity !== 'info' && p.severity !== 'warning').length)
  }
  const part = (split: TechniqueGoldDocument['split']) => gold.filter((d) => d.split === split).map((d) => scored.get(d.id)!)
  for (const split of ['test', 'dev'] as const) {
    const docs = part(split)
    const failed = docs.reduce((n, d) => n + (problems.get(d.id) ?? 0), 0)
    console.log(table(split === 'test' ? 'test split (held out)' : 'dev split (may be read and tuned on)', docs, failed))
    if (split === 'dev' && process.env.TECHNIQUES_ERRORS) console.log(errors(docs))
  }
}
