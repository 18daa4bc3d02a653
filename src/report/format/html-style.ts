import type { TechniqueId } from '../schema.ts'
import { TECHNIQUES } from '../techniques.ts'

/** The fact layers of the HTML view, drawn in this order from the outside in. */
export const FACT_LAYERS = ['quote', 'event', 'entity', 'amount', 'date'] as const
export type FactLayer = (typeof FACT_LAYERS)[number]

/** A background colour per technique (ColorBrewer Set3 and Paired tints), light enough for dark text. */
export const TECHNIQUE_COLORS: Record<TechniqueId, string> = {
  loaded_language: '#ffed6f',
  name_calling: '#fb8072',
  repetition: '#bebada',
  exaggeration: '#fdb462',
  doubt: '#80b1d3',
  appeal_to_fear: '#bc80bd',
  flag_waving: '#8dd3c7',
  causal_oversimplification: '#b3de69',
  slogans: '#fccde5',
  appeal_to_authority: '#a6cee3',
  black_and_white: '#d9d9d9',
  thought_terminating_cliche: '#ccebc5',
  whataboutism_strawman_red_herring: '#e5c494',
  bandwagon_reductio: '#ffffb3',
}

// Each fact layer uses its own CSS properties, so nested layers never hide one another.
const FACT_STYLES: Record<FactLayer, { on: string; off: string }> = {
  quote: { on: 'font-style: italic; color: #6a1b9a;', off: 'font-style: inherit; color: inherit;' },
  event: { on: 'text-decoration: underline wavy #2e7d32; text-underline-offset: 0.3em;', off: 'text-decoration: none;' },
  entity: { on: 'border-bottom: 2px solid #1565c0;', off: 'border-bottom-color: transparent;' },
  amount: { on: 'outline: 1px solid #e65100; outline-offset: 1px;', off: 'outline: none;' },
  date: { on: 'outline: 1px dashed #00838f; outline-offset: 1px;', off: 'outline: none;' },
}

/** The toggle id of a layer or technique checkbox. */
export function toggleId(name: string): string {
  return `show-${name}`
}

const BASE_CSS = `
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5f6368; --rule: #dadce0; --panel: #f8f9fa; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
.top { position: sticky; top: 0; z-index: 2; background: #fff; border-bottom: 1px solid var(--rule); padding: 0.5rem 1.5rem; }
.top h1 { font-size: 1.1rem; margin: 0 0 0.25rem; }
.legend { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; font-size: 0.85rem; }
.legend fieldset { border: 0; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 0.1rem 0.6rem; align-items: center; }
.legend legend { float: left; font-weight: 600; margin-right: 0.4rem; }
.legend label { white-space: nowrap; cursor: pointer; }
.swatch { display: inline-block; min-width: 1.6em; padding: 0 0.2em; border-radius: 3px; margin: 0 0.2em; text-align: center; }
main { padding: 0 1.5rem 3rem; }
.doc { border-bottom: 2px solid var(--rule); padding: 1rem 0 2rem; }
.doc > header h2 { margin: 0.5rem 0 0.25rem; font-size: 1.4rem; }
.meta { color: var(--muted); margin: 0 0 1rem; font-size: 0.9rem; }
.meta span + span::before { content: " · "; }
.cols { display: grid; grid-template-columns: minmax(0, 3fr) minmax(16rem, 2fr); gap: 2rem; }
@media (max-width: 900px) { .cols { grid-template-columns: 1fr; } }
.para { margin: 0 0 1rem; }
.sent { display: grid; grid-template-columns: 8.5rem minmax(0, 1fr); gap: 0.75rem; }
.fn { font-size: 0.75rem; color: var(--muted); text-align: right; padding-top: 0.2rem; line-height: 1.3; }
.fn b { display: block; font-weight: 600; color: var(--ink); }
.fn meter { width: 4rem; height: 0.4rem; }
.sent p { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.ly-technique { padding: 0.12em 0; border-radius: 2px; }
.ly-technique .ly-technique { padding: 0; }
.panels { font-size: 0.9rem; }
.panels section { background: var(--panel); border: 1px solid var(--rule); border-radius: 6px; padding: 0.5rem 0.9rem; margin-bottom: 1rem; }
.panels h3 { font-size: 0.95rem; margin: 0.25rem 0 0.5rem; }
.panels ul { margin: 0; padding-left: 1.1rem; }
.panels li { margin-bottom: 0.45rem; }
.panels a { color: inherit; }
.note { color: var(--muted); font-size: 0.85rem; }
.summary { font-size: 0.9rem; color: var(--muted); }
.sev-error { color: #b3261e; font-weight: 600; }
.sev-warning { color: #8a5a00; font-weight: 600; }
.sev-info { color: var(--muted); }
`

/** The whole style sheet: base layout, one rule per fact layer and technique, and the toggles. */
export function styleSheet(): string {
  const rules: string[] = [BASE_CSS.trim()]
  for (const layer of FACT_LAYERS) {
    rules.push(`.ly-${layer} { ${FACT_STYLES[layer].on} }`)
    rules.push(`body:has(#${toggleId(layer)}:not(:checked)) .ly-${layer} { ${FACT_STYLES[layer].off} }`)
  }
  for (const t of TECHNIQUES) {
    rules.push(`.t-${t.id} { background-color: ${TECHNIQUE_COLORS[t.id]}; }`)
    rules.push(`body:has(#${toggleId(t.id)}:not(:checked)) .ly-technique.t-${t.id} { background-color: transparent; }`)
  }
  rules.push(`body:has(#${toggleId('technique')}:not(:checked)) .ly-technique { background-color: transparent; }`)
  rules.push(`body:has(#${toggleId('function')}:not(:checked)) .fn { visibility: hidden; }`)
  return rules.join('\n')
}
