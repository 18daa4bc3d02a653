import type { TechniqueId } from '../../../src/report/schema.ts'
import { FACT_LAYER_NAMES, FACT_LAYERS, TECHNIQUE_COLORS, TECHNIQUES, type FactLayer, type Visibility } from './layers.ts'

interface TogglesProps {
  visibility: Visibility
  /** findings per layer in this document, to show counts and dim empty layers */
  counts: Record<string, number>
  onChange: (visibility: Visibility) => void
}

function Toggle({ id, label, checked, count, swatch, onChange }: { id: string; label: string; checked: boolean; count?: number; swatch?: string; onChange: (on: boolean) => void }) {
  return (
    <label class={`toggle${count === 0 ? ' empty' : ''}`} for={id}>
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)} />
      <span class={swatch ? 'swatch' : `swatch ly-${id.replace('show-', '')}`} style={swatch ? { background: swatch } : undefined}>
        {label}
      </span>
      {count !== undefined ? <span class="count">{count}</span> : null}
    </label>
  )
}

/** The layer switches of the reading view: one per fact layer, one per technique, all techniques, sentence functions. */
export function LayerToggles({ visibility, counts, onChange }: TogglesProps) {
  const setFact = (layer: FactLayer, on: boolean) => onChange({ ...visibility, facts: { ...visibility.facts, [layer]: on } })
  const setTechnique = (id: TechniqueId, on: boolean) => onChange({ ...visibility, techniques: { ...visibility.techniques, [id]: on } })
  const allTechniques = TECHNIQUES.every((t) => visibility.techniques[t.id])
  const setAll = (on: boolean) => onChange({ ...visibility, techniques: Object.fromEntries(TECHNIQUES.map((t) => [t.id, on])) as Visibility['techniques'] })
  return (
    <form class="legend" aria-label="Layers" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>Facts</legend>
        {FACT_LAYERS.map((layer) => (
          <Toggle key={layer} id={`show-${layer}`} label={FACT_LAYER_NAMES[layer]} checked={visibility.facts[layer]} count={counts[layer] ?? 0} onChange={(on) => setFact(layer, on)} />
        ))}
        <label class="toggle" for="show-functions">
          <input id="show-functions" type="checkbox" checked={visibility.functions} onChange={(e) => onChange({ ...visibility, functions: (e.currentTarget as HTMLInputElement).checked })} />
          <span>Sentence functions</span>
        </label>
      </fieldset>
      <fieldset>
        <legend>Techniques</legend>
        <label class="toggle" for="show-technique">
          <input id="show-technique" type="checkbox" checked={allTechniques} onChange={(e) => setAll((e.currentTarget as HTMLInputElement).checked)} />
          <b>all</b>
        </label>
        {TECHNIQUES.map((t) => (
          <Toggle key={t.id} id={`show-${t.id}`} label={t.name} swatch={TECHNIQUE_COLORS[t.id]} checked={visibility.techniques[t.id]} count={counts[t.id] ?? 0} onChange={(on) => setTechnique(t.id, on)} />
        ))}
      </fieldset>
    </form>
  )
}
