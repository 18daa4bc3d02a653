import { z } from 'zod'
import { TechniqueIdSchema, type TechniqueId } from '../../report/schema.ts'

const ENTRY_ID = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/

/**
 * One lexicon entry as written in a data file: a `term` (a word or phrase matched with simple
 * inflection) or a `pattern` (a construction over tokens, see `parsePattern`), the technique it is a
 * cue of, and why it is there.
 */
export const LexiconEntrySchema = z
  .object({
    id: z.string().regex(ENTRY_ID, 'ids look like "family.name", lower case, e.g. "doubt.so-called"'),
    term: z.string().min(1).optional(),
    pattern: z.string().min(1).optional(),
    technique: TechniqueIdSchema,
    inflect: z.enum(['noun', 'verb', 'none']).optional().describe('for terms: noun inflects the last word (plural), verb the first word; default noun'),
    extent: z.enum(['match', 'clause']).optional().describe('what a finding covers: the cue words (default) or the clause around them'),
    weight: z.number().positive().max(2).optional().describe('strength relative to the family, 1 by default; scales the prior before measurement'),
    rationale: z.string().min(1).optional().describe('why the words are a cue; completes the sentence of the explanation'),
    source: z.string().min(1).optional().describe('where the cue is documented'),
    notAfter: z
      .array(z.string().regex(/^[^\sA-Z]+$/, 'notAfter words are single lower-case words'))
      .min(1)
      .optional()
      .describe('words that, right before the match, make it a technical term rather than a cue ("sanctions regime" names a legal framework)'),
    notBefore: z
      .array(z.string().regex(/^[^\sA-Z]+$/, 'notBefore words are single lower-case words'))
      .min(1)
      .optional()
      .describe('words that, right after the match, make it a technical term rather than a cue ("terrorist list" names a legal register)'),
  })
  .strict()
  .refine((e) => (e.term === undefined) !== (e.pattern === undefined), { message: 'an entry has either a term or a pattern, not both and not neither' })
  .refine((e) => e.rationale !== undefined || e.source !== undefined, { message: 'an entry needs a rationale or a source' })
  .refine((e) => e.pattern === undefined || e.inflect === undefined, { message: 'inflect applies to terms; in a pattern mark a word with ~ to inflect it' })

/** A lexicon data file: one cue family. */
export const LexiconFileSchema = z
  .object({
    family: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string().min(1),
    description: z.string().min(1),
    entries: z.array(LexiconEntrySchema).min(1),
  })
  .strict()

/** Named word classes that patterns refer to as `@name`. */
export const WordClassFileSchema = z
  .object({
    description: z.string().min(1),
    classes: z.record(
      z.string().regex(/^[a-z][a-z0-9-]*$/),
      z.object({ rationale: z.string().min(1), words: z.array(z.string().min(1)).min(1) }).strict(),
    ),
  })
  .strict()

export type LexiconEntryData = z.infer<typeof LexiconEntrySchema>
export type LexiconFileData = z.infer<typeof LexiconFileSchema>
export type WordClassFileData = z.infer<typeof WordClassFileSchema>

/** An entry after loading: its family is known and its defaults are filled in. */
export interface LexiconEntry {
  id: string
  family: string
  technique: TechniqueId
  kind: 'term' | 'pattern'
  /** the term or the pattern as written */
  text: string
  inflect: 'noun' | 'verb' | 'none'
  extent: 'match' | 'clause'
  weight: number
  rationale: string | null
  source: string | null
  /** lower-case words that, right before the match, keep it from being a finding */
  notAfter: ReadonlySet<string>
  /** lower-case words that, right after the match, keep it from being a finding */
  notBefore: ReadonlySet<string>
}

/** A cue family: the entries of one data file. */
export interface CueFamily {
  family: string
  title: string
  description: string
  entries: LexiconEntry[]
}

/** Fills in an entry's defaults. */
export function toLexiconEntry(family: string, e: LexiconEntryData): LexiconEntry {
  return {
    id: e.id,
    family,
    technique: e.technique,
    kind: e.term !== undefined ? 'term' : 'pattern',
    text: (e.term ?? e.pattern) as string,
    inflect: e.inflect ?? 'noun',
    extent: e.extent ?? 'match',
    weight: e.weight ?? 1,
    rationale: e.rationale ?? null,
    source: e.source ?? null,
    notAfter: new Set(e.notAfter ?? []),
    notBefore: new Set(e.notBefore ?? []),
  }
}
