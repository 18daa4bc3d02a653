import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { DEFAULT_LEXICON_DIR } from '../lexicon/load.ts'

export const RepetitionFileSchema = z
  .object({
    description: z.string(),
    rationale: z.record(z.string(), z.string()),
    minWordCount: z.number().int().min(2),
    wordRatio: z.number().positive(),
    minCueWordCount: z.number().int().min(2),
    minPhraseCount: z.number().int().min(2),
    minCuePhraseCount: z.number().int().min(2),
    maxPhraseTokens: z.number().int().min(2).max(8),
    minWordLength: z.number().int().min(1),
    stopWords: z.array(z.string().min(1)),
  })
  .strict()

/** The settings of the repetition detector, as kept in data/lexicons/repetition.json. */
export interface RepetitionSettings {
  minWordCount: number
  wordRatio: number
  minCueWordCount: number
  minPhraseCount: number
  minCuePhraseCount: number
  maxPhraseTokens: number
  minWordLength: number
  stopWords: ReadonlySet<string>
}

export const REPETITION_FILE = 'repetition.json'

/** Reads the repetition settings of a lexicon folder. */
export function loadRepetitionSettings(dir: URL | string = DEFAULT_LEXICON_DIR): RepetitionSettings {
  const path = `${typeof dir === 'string' ? dir : fileURLToPath(dir)}/${REPETITION_FILE}`
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new Error(`Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`)
  }
  const parsed = RepetitionFileSchema.safeParse(raw)
  if (!parsed.success) throw new Error(`${path} is not valid: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ')}`)
  const { description: _d, rationale: _r, stopWords, ...numbers } = parsed.data
  return { ...numbers, stopWords: new Set(stopWords.map((w) => w.toLowerCase())) }
}
