// The persuasion-technique gold set (gold/techniques, see its GUIDE.md): reads the TSVs, resolves each
// row to UTF-16 offsets in the document text of gold/sentence-function, and scores predicted spans
// against it with the PTC partial-overlap semantics, technique-agnostic and technique-aware.
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { f1Score, mergeSpans, overlapCredit, scoreSpanIdentification, type SpanIdentificationScore } from '../src/rhetoric/ptc/score-si.ts'
import { TechniqueIdSchema, type TechniqueId } from '../src/report/schema.ts'
import { goldSplit, type GoldSplit } from '../src/sentences/gold.ts'
import type { Span } from '../src/text/types.ts'

/** The technique spans shipped with the repository. */
export const GOLD_TECHNIQUES_DIR = new URL('../gold/techniques/', import.meta.url)
/** The texts they point into. */
export const GOLD_TEXTS_DIR = new URL('../gold/sentence-function/', import.meta.url)

export const TECHNIQUE_IDS: readonly TechniqueId[] = TechniqueIdSchema.options

/** A technique span: half-open UTF-16 offsets into the document text. */
export interface TechniqueSpan extends Span {
  technique: TechniqueId
}

/** A gold span with its text and the TSV row it came from. */
export interface GoldTechniqueSpan extends TechniqueSpan {
  text: string
  row: number
}

export interface TechniqueGoldDocument {
  id: string
  text: string
  split: GoldSplit
  spans: GoldTechniqueSpan[]
}

const HEADER = 'technique\tspan\toccurrence'

/**
 * Reads one gold TSV (`technique\tspan\toccurrence` with a header) against its document text. Throws,
 * naming the file and row, when a row is malformed, the technique id is unknown or the span's
 * occurrence is not in the text.
 *
 * @example
 * parseTechniqueGold('01-x', 'Stop the madness. Stop it.', 'technique\tspan\toccurrence\nloaded_language\tmadness\t1\nrepetition\tStop\t2\n')
 * // spans: [{ technique: 'loaded_language', start: 9, end: 16, … }, { technique: 'repetition', start: 18, end: 22, … }]
 */
export function parseTechniqueGold(id: string, text: string, tsv: string): TechniqueGoldDocument {
  const lines = tsv.split(/\r?\n/)
  if (lines[0] !== HEADER) throw new Error(`${id}.tsv:1: the first line must be the header 'technique\\tspan\\toccurrence'`)
  const spans: GoldTechniqueSpan[] = []
  const seen = new Set<string>()
  for (let n = 1; n < lines.length; n++) {
    if (lines[n] === '') continue
    const row = n + 1
    const where = `${id}.tsv:${row}`
    const fields = lines[n].split('\t')
    if (fields.length !== 3) throw new Error(`${where}: expected 3 tab-separated fields, got ${fields.length}`)
    const [technique, span, occurrenceField] = fields
    const parsed = TechniqueIdSchema.safeParse(technique)
    if (!parsed.success) throw new Error(`${where}: unknown technique id '${technique}' (expected one of ${TECHNIQUE_IDS.join(', ')})`)
    if (span === '' || span.trim() !== span) throw new Error(`${where}: the span is empty or has spaces around it: ${JSON.stringify(span)}`)
    if (!/^[1-9]\d*$/.test(occurrenceField)) throw new Error(`${where}: occurrence must be a positive integer, got '${occurrenceField}'`)
    const occurrence = Number(occurrenceField)
    let start = -1
    for (let k = 0; k < occurrence; k++) {
      start = text.indexOf(span, start + 1)
      if (start === -1) break
    }
    if (start === -1) throw new Error(`${where}: occurrence ${occurrence} of ${JSON.stringify(span)} is not in ${id}.txt`)
    const key = `${parsed.data}\t${start}\t${start + span.length}`
    if (seen.has(key)) throw new Error(`${where}: the same span is already marked ${parsed.data}`)
    seen.add(key)
    spans.push({ technique: parsed.data, start, end: start + span.length, text: span, row })
  }
  return { id, text, split: goldSplit(id), spans }
}

/** Reads every `<id>.tsv` of the techniques folder with its `<id>.txt` from the texts folder, in name order. */
export function readTechniqueGold(dir: string | URL = GOLD_TECHNIQUES_DIR, textsDir: string | URL = GOLD_TEXTS_DIR): TechniqueGoldDocument[] {
  const asDir = (d: string | URL) => (d instanceof URL ? d : pathToFileURL(resolve(d) + '/'))
  const base = asDir(dir)
  const texts = asDir(textsDir)
  return readdirSync(base)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .map((f) => {
      const id = f.slice(0, -4)
      return parseTechniqueGold(id, readFileSync(new URL(`${id}.txt`, texts), 'utf8'), readFileSync(new URL(f, base), 'utf8'))
    })
}

/** Gold and predicted technique spans of one document. */
export interface ScoredDocument {
  id: string
  gold: readonly TechniqueSpan[]
  predicted: readonly TechniqueSpan[]
}

export interface TechniqueRow {
  technique: TechniqueId
  /** gold spans of the technique, after merging overlapping ones */
  gold: number
  /** predicted spans of the technique, after merging overlapping ones */
  predicted: number
  precision: number
  recall: number
  /** null when there is nothing to find and nothing found */
  f1: number | null
}

export interface TechniqueScores {
  /** span identification, technique-agnostic: every span of either side merged, as the official SI scorer */
  spans: SpanIdentificationScore
  /** the same partial-overlap credit, counting only overlap with spans of the same technique (merged per technique) */
  techniques: SpanIdentificationScore
  byTechnique: TechniqueRow[]
}

const onlyOf = (spans: readonly TechniqueSpan[], technique: TechniqueId) => spans.filter((s) => s.technique === technique)

/**
 * Scores predicted technique spans against gold spans with the PTC partial-overlap credit:
 * P = Σ|s∩t|/|s| / #predicted, R = Σ|s∩t|/|t| / #gold over merged spans. Technique-agnostic scoring
 * merges all spans of a document; technique-aware scoring merges and matches within each technique and
 * sums the credit over all techniques.
 *
 * @example
 * scoreTechniques([{ id: 'a', gold: [{ technique: 'doubt', start: 0, end: 10 }], predicted: [{ technique: 'slogans', start: 5, end: 10 }] }])
 * // spans: P 1, R 0.5; techniques: P 0, R 0
 */
export function scoreTechniques(docs: readonly ScoredDocument[]): TechniqueScores {
  const spans = scoreSpanIdentification(new Map(docs.map((d) => [d.id, d.predicted])), new Map(docs.map((d) => [d.id, d.gold])))
  let precisionSum = 0
  let recallSum = 0
  let predictedCount = 0
  let goldCount = 0
  const byTechnique: TechniqueRow[] = []
  for (const technique of TECHNIQUE_IDS) {
    let p = 0
    let r = 0
    let predicted = 0
    let gold = 0
    for (const d of docs) {
      const g = mergeSpans(onlyOf(d.gold, technique))
      const s = mergeSpans(onlyOf(d.predicted, technique))
      const credit = overlapCredit(s, g)
      p += credit.precision
      r += credit.recall
      predicted += s.length
      gold += g.length
    }
    precisionSum += p
    recallSum += r
    predictedCount += predicted
    goldCount += gold
    const precision = predicted > 0 ? p / predicted : 0
    const recall = gold > 0 ? r / gold : 0
    byTechnique.push({ technique, gold, predicted, precision, recall, f1: predicted === 0 && gold === 0 ? null : f1Score(precision, recall, predicted, gold) })
  }
  const precision = predictedCount > 0 ? precisionSum / predictedCount : 0
  const recall = goldCount > 0 ? recallSum / goldCount : 0
  const techniques = { precision, recall, f1: f1Score(precision, recall, predictedCount, goldCount), predicted: predictedCount, gold: goldCount }
  return { spans, techniques, byTechnique }
}

const overlaps = (a: Span, b: Span) => Math.min(a.end, b.end) > Math.max(a.start, b.start)

/** A gold span no prediction of its technique touches, or a prediction no gold span of its technique touches. */
export interface SpanError {
  doc: string
  kind: 'missed' | 'unmatched'
  technique: TechniqueId
  start: number
  end: number
  text: string
  /** techniques of the other side's spans that overlap it (a span found or marked under another technique) */
  otherTechniques: TechniqueId[]
}

/** Lists, per document in text order, the gold spans with no overlapping prediction of the same technique and the predictions with no overlapping gold span of the same technique. */
export function spanErrors(doc: ScoredDocument & { text: string }): SpanError[] {
  const errors: SpanError[] = []
  const check = (kind: SpanError['kind'], mine: readonly TechniqueSpan[], theirs: readonly TechniqueSpan[]) => {
    for (const s of mine) {
      const touching = theirs.filter((t) => overlaps(s, t))
      if (touching.some((t) => t.technique === s.technique)) continue
      const otherTechniques = [...new Set(touching.map((t) => t.technique))]
      errors.push({ doc: doc.id, kind, technique: s.technique, start: s.start, end: s.end, text: doc.text.slice(s.start, s.end), otherTechniques })
    }
  }
  check('missed', doc.gold, doc.predicted)
  check('unmatched', doc.predicted, doc.gold)
  return errors.sort((a, b) => a.start - b.start || (a.kind < b.kind ? -1 : 1))
}
