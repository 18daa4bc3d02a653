import { FACT_LAYERS, TECHNIQUE_COLORS, type FactLayer } from '../../../src/report/format/html-style.ts'
import type { DescribedFinding } from '../../../src/report/format/findings.ts'
import type { TechniqueId } from '../../../src/report/schema.ts'
import { TECHNIQUES } from '../../../src/report/techniques.ts'

export { FACT_LAYERS, TECHNIQUE_COLORS, TECHNIQUES, type FactLayer }

export const FACT_LAYER_NAMES: Record<FactLayer, string> = {
  entity: 'Entities',
  quote: 'Quotes',
  amount: 'Amounts',
  date: 'Dates',
  event: 'Events',
}

/** The name of one finding of each kind. */
export const KIND_NAMES: Record<FactLayer | 'technique', string> = {
  entity: 'Entity',
  quote: 'Quote',
  amount: 'Amount',
  date: 'Date',
  event: 'Event',
  technique: 'Technique',
}

/** Which layers are drawn: each fact layer, each technique, and the sentence functions in the margin. */
export interface Visibility {
  facts: Record<FactLayer, boolean>
  techniques: Record<TechniqueId, boolean>
  functions: boolean
}

/** Everything shown. */
export function allVisible(): Visibility {
  return {
    facts: Object.fromEntries(FACT_LAYERS.map((l) => [l, true])) as Record<FactLayer, boolean>,
    techniques: Object.fromEntries(TECHNIQUES.map((t) => [t.id, true])) as Record<TechniqueId, boolean>,
    functions: true,
  }
}

/** True when a finding's layer is drawn. */
export function isVisible(finding: DescribedFinding, visibility: Visibility): boolean {
  return finding.kind === 'technique' ? visibility.techniques[finding.label as TechniqueId] : visibility.facts[finding.kind]
}

/** The same visibility with the layer of `finding` switched on. */
export function showing(visibility: Visibility, finding: DescribedFinding): Visibility {
  if (finding.kind === 'technique') return { ...visibility, techniques: { ...visibility.techniques, [finding.label]: true } }
  return { ...visibility, facts: { ...visibility.facts, [finding.kind]: true } }
}

/**
 * The background of a piece of text covered by techniques: one technique's colour, or horizontal
 * bands of each colour when several techniques overlap, so none hides another.
 */
export function techniqueBackground(techniques: readonly TechniqueId[]): string | undefined {
  const colors = [...new Set(techniques)].map((t) => TECHNIQUE_COLORS[t])
  if (colors.length === 0) return undefined
  if (colors.length === 1) return colors[0]
  const step = 100 / colors.length
  const stops = colors.map((c, i) => `${c} ${(i * step).toFixed(1)}% ${((i + 1) * step).toFixed(1)}%`)
  return `linear-gradient(to bottom, ${stops.join(', ')})`
}
