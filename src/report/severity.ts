import type { Report } from './schema.ts'

/**
 * How much a finding asks for a reader's attention.
 *
 * - A technique finding is `error` at confidence ≥ 0.75, `warning` at ≥ 0.5, otherwise `info`.
 * - Every other finding (entity, quote, amount, date, event) is `info`: it reports what the text says.
 * - A problem keeps its own severity; a problem without one is an `error`.
 *
 * Sentences are annotations of the whole text, not findings, and carry no severity.
 */
export type Severity = 'info' | 'warning' | 'error'

export const SEVERITIES: readonly Severity[] = ['info', 'warning', 'error']

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 }

/** Confidence at or above which a technique finding is an error. */
export const ERROR_CONFIDENCE = 0.75
/** Confidence at or above which a technique finding is a warning. */
export const WARNING_CONFIDENCE = 0.5

/** The report sections whose entries carry a severity. */
export type SeveritySection = 'entities' | 'quotes' | 'amounts' | 'dates' | 'events' | 'techniques' | 'problems'

/** One entry of a report with its severity: `index` points into `report[section]`. */
export interface SeverityFinding {
  section: SeveritySection
  index: number
  severity: Severity
}

/**
 * The severity of a technique finding of the given confidence.
 *
 * @example
 * techniqueSeverity(0.8) // 'error'
 * techniqueSeverity(0.5) // 'warning'
 * techniqueSeverity(0.3) // 'info'
 */
export function techniqueSeverity(confidence: number): Severity {
  if (confidence >= ERROR_CONFIDENCE) return 'error'
  if (confidence >= WARNING_CONFIDENCE) return 'warning'
  return 'info'
}

/**
 * True when `severity` is at least as severe as `threshold`.
 *
 * @example
 * reaches('error', 'warning') // true
 */
export function reaches(severity: Severity, threshold: Severity): boolean {
  return RANK[severity] >= RANK[threshold]
}

/** The most severe of the given severities, or null for none. */
export function maxSeverity(severities: Iterable<Severity>): Severity | null {
  let max: Severity | null = null
  for (const s of severities) if (max === null || RANK[s] > RANK[max]) max = s
  return max
}

/**
 * Every finding and problem of a report with its severity, section by section in report order.
 *
 * @example
 * findingSeverities(report).some((f) => reaches(f.severity, 'warning'))
 */
export function findingSeverities(report: Report): SeverityFinding[] {
  const out: SeverityFinding[] = []
  const facts = ['entities', 'quotes', 'amounts', 'dates', 'events'] as const
  for (const section of facts) {
    for (let index = 0; index < report[section].length; index++) out.push({ section, index, severity: 'info' })
  }
  report.techniques.forEach((t, index) => out.push({ section: 'techniques', index, severity: techniqueSeverity(t.confidence) }))
  report.problems.forEach((p, index) => out.push({ section: 'problems', index, severity: p.severity ?? 'error' }))
  return out
}

/** How many findings of a report reach each severity. */
export function countSeverities(report: Report, section?: SeveritySection): Record<Severity, number> {
  const counts: Record<Severity, number> = { info: 0, warning: 0, error: 0 }
  for (const f of findingSeverities(report)) if (section === undefined || f.section === section) counts[f.severity]++
  return counts
}
