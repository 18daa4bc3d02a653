import { readFileSync } from 'node:fs'

/** One labelled sentence of the CLEF CheckThat! check-worthiness data. */
export interface ClaimExample {
  id: string
  text: string
  /** true when annotators judged the sentence worth fact-checking ("Yes") */
  checkworthy: boolean
}

/** The CheckThat! 2024 English files, at `<repo>/../shared/data/checkworthy/`. */
export const DEFAULT_CHECKWORTHY_DIR = new URL('../../../shared/data/checkworthy/', import.meta.url)
export const CHECKWORTHY_TRAIN_FILE = 'CT24_checkworthy_english_train.tsv'
export const CHECKWORTHY_DEV_FILE = 'CT24_checkworthy_english_dev.tsv'

/**
 * Undoes the CSV-style quoting some rows carry (`"He said ""no""."`): the outer quotes are not part of
 * the sentence, and leaving them would teach a model which debates were exported with quoting.
 */
export function unquoteCell(cell: string): string {
  const text = cell.trim()
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) return text.slice(1, -1).replace(/""/g, '"').trim()
  return text
}

/**
 * Parses a CheckThat! TSV (`Sentence_id\tText\tclass_label`, with a header). A row whose label runs
 * into the next row (`No29286\tNext sentence\tNo`, a missing line break in the 2024 train file) is
 * split back into two rows.
 *
 * @example
 * parseCheckworthyTsv('Sentence_id\tText\tclass_label\n80\tWe consume 50 percent.\tYes\n')
 * // [{ id: '80', text: 'We consume 50 percent.', checkworthy: true }]
 */
export function parseCheckworthyTsv(content: string, source = 'checkworthy TSV'): ClaimExample[] {
  const examples: ClaimExample[] = []
  const lines = content.split(/\r?\n/)
  for (let n = 1; n < lines.length; n++) {
    if (lines[n].trim() === '') continue
    const cells = lines[n].split('\t')
    if (cells.length < 3 || (cells.length - 1) % 2 !== 0) throw new Error(`${source}:${n + 1}: expected 3 tab-separated fields (id, text, Yes/No), got ${cells.length}`)
    let id = cells[0].trim()
    for (let c = 1; c < cells.length; c += 2) {
      const match = /^(Yes|No)(\d*)$/.exec(cells[c + 1].trim())
      if (!match) throw new Error(`${source}:${n + 1}: the label must be Yes or No, got '${cells[c + 1]}'`)
      examples.push({ id, text: unquoteCell(cells[c]), checkworthy: match[1] === 'Yes' })
      id = match[2]
    }
  }
  return examples
}

/** Reads a CheckThat! TSV file; see {@link parseCheckworthyTsv}. */
export function readCheckworthyTsv(path: string | URL): ClaimExample[] {
  return parseCheckworthyTsv(readFileSync(path, 'utf8'), String(path))
}
