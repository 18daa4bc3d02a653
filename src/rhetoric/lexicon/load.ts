import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { z } from 'zod'
import { LexiconFileSchema, toLexiconEntry, WordClassFileSchema, type CueFamily } from './entry.ts'

/** The lexicon data files of the project: `<repo>/data/lexicons/`. */
export const DEFAULT_LEXICON_DIR = new URL('../../../data/lexicons/', import.meta.url)

/** Files in the lexicon folder that are not cue families. */
export const WORD_CLASSES_FILE = 'word-classes.json'
export const SUPPORT_FILES: readonly string[] = [WORD_CLASSES_FILE, 'calibration.json', 'repetition.json']

/** The cue families and word classes of a lexicon folder, checked but not compiled. */
export interface LexiconData {
  families: CueFamily[]
  classes: Map<string, string[]>
  /** why each word class exists */
  classRationales: Map<string, string>
}

const folderPath = (dir: URL | string) => (typeof dir === 'string' ? dir : fileURLToPath(dir))

function readJson<S extends z.ZodType>(path: string, schema: S): z.infer<S> {
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new Error(`Cannot read lexicon file ${path}: ${error instanceof Error ? error.message : String(error)}`)
  }
  const parsed = schema.safeParse(raw)
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ')
    throw new Error(`Lexicon file ${path} is not valid: ${issues}`)
  }
  return parsed.data
}

/**
 * Reads and checks every cue family (`*.json` other than the support files) and the word classes of a
 * lexicon folder. Entry ids must be unique across families.
 *
 * @example
 * const { families } = loadLexiconData()
 * families.map((f) => f.family) // ['authority', 'bandwagon', …]
 */
export function loadLexiconData(dir: URL | string = DEFAULT_LEXICON_DIR): LexiconData {
  const folder = folderPath(dir)
  let names: string[]
  try {
    names = readdirSync(folder).filter((n) => n.endsWith('.json')).sort()
  } catch {
    throw new Error(`No lexicon folder at ${folder}. Pass the folder that holds the cue family files (data/lexicons in the project).`)
  }
  const classFile = readJson(`${folder}/${WORD_CLASSES_FILE}`, WordClassFileSchema)
  const classes = new Map(Object.entries(classFile.classes).map(([name, c]) => [name, c.words]))
  const classRationales = new Map(Object.entries(classFile.classes).map(([name, c]) => [name, c.rationale]))
  const families: CueFamily[] = []
  const ids = new Map<string, string>()
  for (const name of names) {
    if (SUPPORT_FILES.includes(name)) continue
    const path = `${folder}/${name}`
    const file = readJson(path, LexiconFileSchema)
    if (`${file.family}.json` !== name) throw new Error(`Lexicon file ${path} declares family '${file.family}'; name the file ${file.family}.json`)
    for (const e of file.entries) {
      const other = ids.get(e.id)
      if (other) throw new Error(`Lexicon entry id '${e.id}' appears in ${other} and ${name}; give each entry its own id`)
      ids.set(e.id, name)
    }
    families.push({ family: file.family, title: file.title, description: file.description, entries: file.entries.map((e) => toLexiconEntry(file.family, e)) })
  }
  return { families, classes, classRationales }
}
