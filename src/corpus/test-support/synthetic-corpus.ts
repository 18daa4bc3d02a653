// Generates a corpus of any size from the project's example documents, for the corpus bench and tests.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { DocInput } from '../../engine/types.ts'
import { seededRandom } from '../../models/seeded-random.ts'

export const EXAMPLES_DIR = fileURLToPath(new URL('../../../examples', import.meta.url))

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const FIRST = ['Amira', 'Jonas', 'Leila', 'Tomasz', 'Ngozi', 'Mateo', 'Sakura', 'Oleksii', 'Farida', 'Pieter', 'Ines', 'Ravi', 'Zanele', 'Hamid', 'Elif', 'Kofi']
const LAST = ['Haddad', 'Lindqvist', 'Okafor', 'Nowak', 'Moreau', 'Silva', 'Tanaka', 'Bondarenko', 'Rahimi', 'de Vries', 'Castro', 'Iyer', 'Dlamini', 'Karimi', 'Yilmaz', 'Mensah']
export const ISSUERS = [
  'Ministry of Defence', 'Ministry of Foreign Affairs', 'Civic Renewal Party', 'National Unity Party', 'Green Horizons Party', 'Coalition for Press Freedom',
  'Eurasian Sovereignty Movement', 'Office of the President', 'Interior Ministry', 'Northern Energy Company', 'Refugee Support Network', 'Labour Federation',
]
const NAME = /\b(?:Colonel|General|Minister|Dr\.?|Ms\.?|Mr\.?|President|Secretary|spokesperson|spokesman|spokeswoman|said)\s+((?:[A-Z][a-z]+\s){0,2}[A-Z][a-z]+)\b/g

/** A template: an example's text with its title line. */
interface Template {
  text: string
}

function readTemplates(dir: string): Template[] {
  const templates: Template[] = []
  for (const name of readdirSync(dir).sort()) {
    if (name.endsWith('.txt')) templates.push({ text: readFileSync(join(dir, name), 'utf8') })
    if (name.endsWith('.jsonl')) {
      for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) if (line.trim()) templates.push({ text: (JSON.parse(line) as { text: string }).text })
    }
  }
  if (templates.length === 0) throw new Error(`No example documents (.txt, .jsonl) in ${dir}.`)
  return templates
}

export interface SyntheticCorpusOptions {
  /** folder of example documents; default the project's examples/ */
  dir?: string
  seed?: number
}

/**
 * An endless, deterministic stream of distinct documents made by recombining the example
 * documents: names, numbers and dates varied, paragraphs of two examples mixed, an issuer and a
 * published date assigned.
 *
 * @example
 * const next = syntheticCorpus({ seed: 1 })
 * const doc = next() // { id: 'synthetic-1', text: '…', issuer: '…', published: '2024-…' }
 */
export function syntheticCorpus({ dir = EXAMPLES_DIR, seed = 1 }: SyntheticCorpusOptions = {}): () => DocInput {
  const templates = readTemplates(dir)
  const random = seededRandom(seed)
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]
  let n = 0
  return () => {
    n++
    const base = templates[n % templates.length]
    const other = pick(templates)
    const year = 2023 + Math.floor(random() * 3)
    const month = Math.floor(random() * 12)
    const day = 1 + Math.floor(random() * 28)
    const published = `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`
    const paragraphs = base.text.split(/\n\s*\n/)
    const borrowed = other.text.split(/\n\s*\n/).filter((p) => p.length > 120)
    if (borrowed.length > 0 && paragraphs.length > 3) paragraphs.splice(2 + Math.floor(random() * (paragraphs.length - 2)), 0, pick(borrowed))
    const person = `${pick(FIRST)} ${pick(LAST)}`
    const varied = paragraphs.join('\n\n')
      .replace(/\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})\b/g, () => `${day} ${MONTHS[month]} ${year}`)
      .replace(/\b\d{1,3}(?:,\d{3})+\b|\b\d{2,4}\b(?! (?:January|February|March|April|May|June|July|August|September|October|November|December))/g, (digits) => {
        if (/^(19|20)\d\d$/.test(digits)) return digits
        const value = Number(digits.replaceAll(',', ''))
        return Math.max(2, Math.round(value * (0.5 + random()))).toLocaleString('en-US')
      })
      .replace(NAME, (match, name: string) => match.replace(name, person))
    // The reference makes every document distinct, so none is a duplicate of another.
    const text = `${varied}\n\nReference ${n}.`
    return { id: `synthetic-${n}`, text, title: text.split('\n').find((l) => l.trim().length > 20)?.trim().slice(0, 160) ?? null, issuer: pick(ISSUERS), published }
  }
}
