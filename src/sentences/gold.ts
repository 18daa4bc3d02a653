import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { SentenceFunctionSchema, type SentenceFunction } from '../report/schema.ts'

/** One annotated sentence of a gold document, located in its text. */
export interface GoldSentence {
  start: number
  end: number
  text: string
  function: SentenceFunction
  checkworthy: boolean
}

/** Which use a gold document is for: `dev` may be read and tuned on, `test` is held out. */
export type GoldSplit = 'dev' | 'test'

/** A gold document: its text and its annotated sentences in text order. */
export interface GoldDocument {
  id: string
  text: string
  split: GoldSplit
  sentences: GoldSentence[]
}

/** The gold set kept with the project (see its GUIDE.md). */
export const DEFAULT_GOLD_DIR = new URL('../../gold/sentence-function/', import.meta.url)

/** Odd-numbered documents (`01-…`, `03-…`) are dev, even-numbered ones test, as fixed in GUIDE.md. */
export function goldSplit(id: string): GoldSplit {
  const number = Number.parseInt(id, 10)
  if (!Number.isInteger(number)) throw new Error(`Gold document '${id}' must start with its number, e.g. '07-union-rail-strike'.`)
  return number % 2 === 1 ? 'dev' : 'test'
}

/**
 * Reads a gold document from its text and its TSV (`function\tcheckworthy\tsentence`, with a header),
 * locating each sentence in the text after the previous one.
 *
 * @example
 * parseGoldDocument('01-x', 'Join us. We won.', 'function\tcheckworthy\tsentence\ncall_to_action\tno\tJoin us.\nreport\tyes\tWe won.\n')
 */
export function parseGoldDocument(id: string, text: string, tsv: string): GoldDocument {
  const sentences: GoldSentence[] = []
  const lines = tsv.split(/\r?\n/)
  if (lines[0] !== 'function\tcheckworthy\tsentence') throw new Error(`${id}.tsv: the first line must be the header 'function\\tcheckworthy\\tsentence'`)
  let from = 0
  for (let n = 1; n < lines.length; n++) {
    if (lines[n] === '') continue
    const [fn, checkworthy, sentence, ...rest] = lines[n].split('\t')
    const where = `${id}.tsv:${n + 1}`
    if (sentence === undefined || rest.length > 0) throw new Error(`${where}: expected 3 tab-separated fields`)
    const parsed = SentenceFunctionSchema.safeParse(fn)
    if (!parsed.success) throw new Error(`${where}: unknown function '${fn}' (expected one of ${SentenceFunctionSchema.options.join(', ')})`)
    if (checkworthy !== 'yes' && checkworthy !== 'no') throw new Error(`${where}: checkworthy must be yes or no, got '${checkworthy}'`)
    if (sentence.trim() !== sentence || sentence === '') throw new Error(`${where}: the sentence is empty or has spaces around it`)
    const start = text.indexOf(sentence, from)
    if (start === -1) throw new Error(`${where}: the sentence is not in ${id}.txt after the previous one: ${JSON.stringify(sentence.slice(0, 60))}`)
    const between = text.slice(from, start)
    if (between.trim() !== '') throw new Error(`${where}: text between this sentence and the previous one is not annotated: ${JSON.stringify(between.trim().slice(0, 60))}`)
    sentences.push({ start, end: start + sentence.length, text: sentence, function: parsed.data, checkworthy: checkworthy === 'yes' })
    from = start + sentence.length
  }
  if (text.slice(from).trim() !== '') throw new Error(`${id}: the end of the text is not annotated: ${JSON.stringify(text.slice(from).trim().slice(0, 60))}`)
  return { id, text, split: goldSplit(id), sentences }
}

/** Reads every `<id>.txt` + `<id>.tsv` pair of a gold folder, in name order. */
export function readGoldDocuments(dir: string | URL = DEFAULT_GOLD_DIR): GoldDocument[] {
  const base = dir instanceof URL ? dir : pathToFileURL(resolve(dir) + '/')
  return readdirSync(base)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .map((f) => {
      const id = f.slice(0, -4)
      return parseGoldDocument(id, readFileSync(new URL(`${id}.txt`, base), 'utf8'), readFileSync(new URL(f, base), 'utf8'))
    })
}
