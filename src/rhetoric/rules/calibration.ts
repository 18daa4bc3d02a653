import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import type { LexiconEntry } from '../lexicon/entry.ts'
import { DEFAULT_LEXICON_DIR } from '../lexicon/load.ts'

/** How often the hits of a cue family or entry overlapped a gold span of their technique. */
const CountsSchema = z.object({ hits: z.number().int().min(0), overlapping: z.number().int().min(0) }).strict()

const FamilyStatsSchema = CountsSchema.extend({
  technique: z.string(),
  precision: z.number().min(0).max(1),
  baseline: z.number().min(0).max(1).describe('share of word tokens inside a gold span of the technique: the precision of a cue placed at random'),
}).strict()

const ContextStatsSchema = CountsSchema.extend({ factor: z.number().positive().describe('smoothed precision of hits in this context over the precision of all lexicon hits') }).strict()

export const CalibrationFileSchema = z
  .object({
    description: z.string(),
    command: z.string(),
    corpus: z.string(),
    smoothing: z.number().positive(),
    families: z.record(z.string(), FamilyStatsSchema),
    entries: z.record(z.string(), CountsSchema),
    context: z
      .object({
        otherCues: z.object({ none: ContextStatsSchema, one: ContextStatsSchema, more: ContextStatsSchema }).strict(),
        exclamation: z.object({ no: ContextStatsSchema, yes: ContextStatsSchema }).strict(),
      })
      .strict()
      .describe('how the sentence around a lexicon hit changes its precision'),
  })
  .strict()

export type CalibrationFile = z.infer<typeof CalibrationFileSchema>
export type FamilyStats = z.infer<typeof FamilyStatsSchema>
export type ContextStats = z.infer<typeof ContextStatsSchema>

/** The sentence around a lexicon hit, as far as it bears on confidence. */
export interface CueContext {
  /** how many other lexicon entries hit the same sentence */
  otherCues: number
  /** whether the sentence holds an exclamation mark */
  exclamation: boolean
}

/** The context bucket a hit falls in. */
export function contextBuckets(context: CueContext): { otherCues: 'none' | 'one' | 'more'; exclamation: 'no' | 'yes' } {
  return { otherCues: context.otherCues === 0 ? 'none' : context.otherCues === 1 ? 'one' : 'more', exclamation: context.exclamation ? 'yes' : 'no' }
}

/** The measured precision of every cue, turned into confidences. */
export interface Calibration {
  readonly file: CalibrationFile | null
  /**
   * The confidence of a hit of this entry (or of a repetition cue, by id and family); with a
   * context, scaled by the measured effect of the sentence around the hit.
   */
  confidence(entry: Pick<LexiconEntry, 'id' | 'family' | 'weight'>, context?: CueContext): number
}

export const CALIBRATION_FILE = 'calibration.json'
/** The prior of a family nobody has measured yet. */
export const UNMEASURED_PRECISION = 0.3

const clamp = (x: number) => Math.min(0.95, Math.max(0.01, x))
const round = (x: number) => Math.round(x * 1000) / 1000

/**
 * Confidences from measured precisions: a family's precision, scaled by the entry's weight, is the
 * prior; an entry's own hits move it toward the entry's own precision, `smoothing` hits counting as
 * much as the prior. The sentence around a hit scales the result by measured factors: other cues in
 * the same sentence, an exclamation mark.
 *
 * @example
 * calibrationFrom(file).confidence({ id: 'doubt.so-called', family: 'doubt', weight: 1 }) // e.g. 0.41
 */
export function calibrationFrom(file: CalibrationFile | null): Calibration {
  return Object.freeze({
    file,
    confidence(entry: Pick<LexiconEntry, 'id' | 'family' | 'weight'>, context?: CueContext): number {
      const family = file?.families[entry.family]
      const prior = clamp((family?.precision ?? UNMEASURED_PRECISION) * entry.weight)
      const own = file?.entries[entry.id]
      const base = own && file ? (own.overlapping + file.smoothing * prior) / (own.hits + file.smoothing) : prior
      if (!context || !file) return round(clamp(base))
      const bucket = contextBuckets(context)
      return round(clamp(base * file.context.otherCues[bucket.otherCues].factor * file.context.exclamation[bucket.exclamation].factor))
    },
  })
}

/** Reads `calibration.json` of a lexicon folder. */
export function loadCalibration(dir: URL | string = DEFAULT_LEXICON_DIR): Calibration {
  const folder = typeof dir === 'string' ? dir : fileURLToPath(dir)
  const path = `${folder}/${CALIBRATION_FILE}`
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new Error(`Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}. Run \`node --import tsx scripts/calibrate-cues.ts\` to measure it.`)
  }
  const parsed = CalibrationFileSchema.safeParse(raw)
  if (!parsed.success) throw new Error(`${path} is not valid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`)
  return calibrationFrom(parsed.data)
}
