import type { AnalyzerContext } from '../../../../engine/types.ts'
import type { Amount, DateFinding, Entity, EntityType, Quote } from '../../../../report/schema.ts'
import { normalize } from '../../../../text/normalize.ts'
import { splitParagraphs, splitSentences } from '../../../../text/sentences.ts'
import { tokenize } from '../../../../text/tokenize.ts'
import { readWordIds, type WordIds } from '../../../../text/vocabulary.ts'

export interface ContextSpec {
  published?: string | null
  /** the document's issuer line */
  issuer?: string | null
  /** entity name → type; every whole-word occurrence of the name (and of its aliases) is a mention */
  entities?: Record<string, EntityType | { type: EntityType; aliases?: string[]; kb?: Entity['kb'] }>
  /** amount texts, each found at its first occurrence */
  amounts?: { text: string; value: number; unit?: string; kind?: Amount['kind']; qualifier?: Amount['qualifier'] }[]
  /** date texts with their resolved value */
  dates?: { text: string; resolved: string | null; granularity?: DateFinding['granularity'] }[]
  /** quotes: the quoted words, the speaker's name (an entity above, or a person not listed), the reporting verb */
  quotes?: { text: string; speaker?: string | null; cue?: string | null; direct?: boolean }[]
}

function occurrences(text: string, needle: string): number[] {
  const out: number[] = []
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu')
  for (const m of text.matchAll(re)) out.push(m.index)
  return out
}

function firstAt(text: string, needle: string): number {
  const at = text.indexOf(needle)
  if (at < 0) throw new Error(`test context: ${JSON.stringify(needle)} is not in the text`)
  return at
}

/**
 * Builds the context the events analyzer sees, with hand-given entities, amounts, dates and quotes,
 * so that it can be tested apart from the analyzers that produce them.
 */
export function eventContext(text: string, spec: ContextSpec = {}): AnalyzerContext {
  const tokens = tokenize(text)
  const paragraphs = splitParagraphs(text)
  const sentences = splitSentences(text, tokens, paragraphs)
  const entities: Entity[] = []
  for (const [name, value] of Object.entries(spec.entities ?? {})) {
    const { type, aliases = [], kb = null } = typeof value === 'string' ? { type: value } : value
    const taken = new Set(entities.flatMap((e) => e.mentions.map((m) => m.start)))
    const mentions = [name, ...aliases]
      .flatMap((n) => occurrences(text, n).map((start) => ({ start, end: start + n.length, text: n })))
      .filter((m) => !taken.has(m.start))
      .sort((a, b) => a.start - b.start)
    if (mentions.length === 0) throw new Error(`test context: entity ${JSON.stringify(name)} is not in the text`)
    entities.push({ id: `e${entities.length + 1}`, type, name, aliases, kb, mentions })
  }
  entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start)
  const amounts: Amount[] = (spec.amounts ?? [])
    .map((a) => {
      const start = firstAt(text, a.text)
      return { start, end: start + a.text.length, text: a.text, value: a.value, qualifier: a.qualifier ?? 'exact', unit: a.unit ?? null, kind: a.kind ?? 'count' }
    })
    .sort((a, b) => a.start - b.start)
  const dates: DateFinding[] = (spec.dates ?? [])
    .map((d) => {
      const start = firstAt(text, d.text)
      return { start, end: start + d.text.length, text: d.text, resolved: d.resolved, granularity: d.granularity ?? 'day' }
    })
    .sort((a, b) => a.start - b.start)
  const quotes: Quote[] = (spec.quotes ?? []).map((q) => {
    const start = firstAt(text, q.text)
    const entity = q.speaker ? (entities.find((e) => e.name === q.speaker)?.id ?? null) : null
    return { start, end: start + q.text.length, text: q.text, direct: q.direct ?? true, speaker: q.speaker ? { name: q.speaker, entity, role: null } : null, cue: q.cue ?? null }
  })
  return {
    document: { id: 'test', title: null, issuer: spec.issuer ?? null, published: spec.published ?? null, language: 'en', text },
    text,
    tokens,
    sentences,
    paragraphs,
    get normalized() {
      return normalize(text)
    },
    get words(): WordIds {
      return readWordIds(tokens)
    },
    findings: { sentences: [], entities, quotes, amounts, dates, events: [], techniques: [] },
  }
}
