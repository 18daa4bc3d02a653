import type { GoldDocument, GoldQuote } from './gold-set.ts'
import type { TextSpan } from './locate-span.ts'

const QUOTE_MARKS = '"\'“”‘’«»„‚‹›'
const EDGE_SPACE = /^\s|\s$/

function describe(span: TextSpan): string {
  return `${JSON.stringify(span.text)} at ${span.start}`
}

function edgeProblems(layer: string, span: TextSpan): string[] {
  const problems: string[] = []
  if (EDGE_SPACE.test(span.text)) problems.push(`${layer} ${describe(span)} starts or ends with white space`)
  if (QUOTE_MARKS.includes(span.text[0]) || QUOTE_MARKS.includes(span.text[span.text.length - 1])) {
    problems.push(`${layer} ${describe(span)} includes a quotation mark`)
  }
  return problems
}

function overlapProblems(layer: string, spans: readonly TextSpan[]): string[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end)
  const problems: string[] = []
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].start < sorted[i - 1].end) problems.push(`${layer} ${describe(sorted[i - 1])} and ${describe(sorted[i])} overlap`)
  }
  return problems
}

function isCalendarDate(ymd: string): boolean {
  const [y, m = 1, d = 1] = ymd.split('-').map(Number)
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

/** Word count bounds for a gold document (short releases and reports). */
export const WORD_RANGE = { min: 150, max: 400 } as const

/**
 * Checks one resolved gold document against the rules of gold/facts/GUIDE.md that a program can check,
 * and returns one message per problem (empty when the document is consistent).
 */
export function checkGold(doc: GoldDocument): string[] {
  const problems: string[] = []
  const words = doc.text.split(/\s+/).filter(Boolean).length
  if (words < WORD_RANGE.min || words > WORD_RANGE.max) problems.push(`the text has ${words} words; keep it between ${WORD_RANGE.min} and ${WORD_RANGE.max}`)
  if (!isCalendarDate(doc.published)) problems.push(`published ${doc.published} is not a calendar date`)

  const names = new Map<string, string>()
  for (const entity of doc.entities) {
    if (names.has(entity.name)) problems.push(`two entities are named ${JSON.stringify(entity.name)}`)
    names.set(entity.name, entity.type)
    for (const m of entity.mentions) {
      problems.push(...edgeProblems(`mention of ${entity.name}`, m))
      if (/['’]s$/.test(m.text)) problems.push(`mention ${describe(m)} keeps the possessive 's`)
    }
  }
  problems.push(...overlapProblems('mentions', doc.entities.flatMap((e) => e.mentions)))

  const knownName = (role: string, name: string | null, type?: string) => {
    if (name === null) return
    if (!names.has(name)) problems.push(`${role} ${JSON.stringify(name)} is not the name of a gold entity`)
    else if (type && names.get(name) !== type) problems.push(`${role} ${JSON.stringify(name)} has type ${names.get(name)}, not ${type}`)
  }
  for (const quote of doc.quotes) {
    // Reported speech may end on quoted words ("said the plan was “dead”"); only direct spans exclude the marks.
    if (quote.direct) problems.push(...edgeProblems('quote', quote))
    else if (EDGE_SPACE.test(quote.text)) problems.push(`quote ${describe(quote)} starts or ends with white space`)
    knownName(`speaker of quote ${describe(quote)}`, quote.speaker)
  }
  // Quoted words inside reported speech are annotated twice, as the reported clause and as a direct quote.
  const nested = (inner: GoldQuote) => doc.quotes.some((outer) => !outer.direct && outer !== inner && outer.start <= inner.start && inner.end <= outer.end)
  problems.push(...overlapProblems('quotes', doc.quotes.filter((q) => !q.direct || !nested(q))))

  for (const amount of doc.amounts) {
    problems.push(...edgeProblems('amount', amount))
    if ((amount.max !== null) !== (amount.qualifier === 'range')) problems.push(`amount ${describe(amount)}: a range needs a max, and only a range has one`)
  }
  problems.push(...overlapProblems('amounts', doc.amounts))

  for (const date of doc.dates) {
    problems.push(...edgeProblems('date', date))
    if (date.resolved !== null && !isCalendarDate(date.resolved)) problems.push(`date ${describe(date)} resolves to ${date.resolved}, not a calendar date`)
  }
  problems.push(...overlapProblems('dates', doc.dates))

  for (const event of doc.events) {
    const role = (r: string) => `${r} of event ${event.cameo} ${describe(event.trigger)}`
    problems.push(...edgeProblems('trigger', event.trigger))
    knownName(role('actor'), event.actor)
    knownName(role('target'), event.target)
    knownName(role('location'), event.location, 'location')
  }
  return problems
}
