import { SentenceFunctionSchema } from '../report/schema.ts'
import type { Findings, Section } from './types.ts'

const SENTENCE_FUNCTIONS: ReadonlySet<string> = new Set(SentenceFunctionSchema.options)

/** A finding that breaks the span contract, with the reason. */
export interface SpanViolation {
  index: number
  message: string
}

interface SpanLike {
  start: number
  end: number
  text?: string
}

/** What is wrong with a span, as the end of a message that starts with where it is; null when nothing is. */
function spanProblem(span: SpanLike, text: string): string | null {
  const { start, end } = span
  if (!Number.isInteger(start) || !Number.isInteger(end)) return `offsets must be integers (got ${start}, ${end})`
  if (!(start >= 0 && start < end && end <= text.length)) return `span ${start}–${end} is outside 0 ≤ start < end ≤ ${text.length}`
  // The same test as `span.text !== text.slice(start, end)`, without cutting out the slice.
  if (span.text !== undefined && !(span.text.length === end - start && text.startsWith(span.text, start))) {
    return `text ${JSON.stringify(span.text.slice(0, 40))} does not equal the document text at ${start}–${end} (${JSON.stringify(text.slice(start, end).slice(0, 40))})`
  }
  return null
}

/** Checks every span a section's findings carry against the document text. */
export function findViolations<S extends Section>(section: S, findings: Findings[S], text: string, sentenceCount: number): SpanViolation[] {
  const out: SpanViolation[] = []
  findings.forEach((finding, index) => {
    let message: string | null = null
    if (section === 'sentences') {
      const a = finding as Findings['sentences'][number]
      if (!(Number.isInteger(a.index) && a.index >= 0 && a.index < sentenceCount)) message = `sentence index ${a.index} is outside 0–${sentenceCount - 1}`
      else if (a.function !== undefined && !SENTENCE_FUNCTIONS.has(a.function)) message = `sentence ${a.index}: unknown function ${JSON.stringify(a.function)} (expected one of ${[...SENTENCE_FUNCTIONS].join(', ')})`
      else if (a.checkworthiness !== undefined && !(a.checkworthiness >= 0 && a.checkworthiness <= 1)) message = `checkworthiness ${a.checkworthiness} is outside 0–1`
    } else if (section === 'entities') {
      const e = finding as Findings['entities'][number]
      if (e.mentions.length === 0) message = `entity ${e.id} has no mentions`
      for (const [k, mention] of e.mentions.entries()) {
        if (message !== null) break
        const problem = spanProblem(mention, text)
        if (problem !== null) message = `entity ${e.id} mention ${k}: ${problem}`
      }
    } else {
      const problem = spanProblem(finding as SpanLike, text)
      if (problem !== null) message = `${section} ${index}: ${problem}`
      const trigger = (finding as { trigger?: SpanLike }).trigger
      if (!message && trigger) {
        const triggerProblem = spanProblem(trigger, text)
        if (triggerProblem !== null) message = `${section} ${index} trigger: ${triggerProblem}`
      }
      const confidence = (finding as { confidence?: number }).confidence
      if (!message && confidence !== undefined && !(confidence >= 0 && confidence <= 1)) message = `${section} ${index}: confidence ${confidence} is outside 0–1`
    }
    if (message) out.push({ index, message })
  })
  return out
}
