import type { Entity, Technique } from '../report/schema.ts'

const MAIN_NAME_TYPES = new Set<Entity['type']>(['person', 'organization', 'location'])

/**
 * Drops the findings that lie wholly inside the name of a thing (an `other` entity: an exercise, a
 * weapon, a ship, a law): "Wolf" in the exercise "Iron Wolf 2026" or "Patriot" in "Patriot missiles"
 * is what someone named the thing, not how the text argues. A repetition finding wholly inside a
 * mention of a person, body or place named more than once ("Citizens" of "Citizens’ Alliance" said
 * twice) is the text naming what it is about, as the repetition rules already hold for their own
 * findings; the learned tagger does not know the names. Pure; keeps the order of `findings`.
 *
 * @example
 * outsideNamedThings(findings, entities) // without the name_calling finding on "Wolf" of "Iron Wolf 2026"
 */
export function outsideNamedThings(findings: readonly Technique[], entities: readonly Entity[]): Technique[] {
  const names: Array<[number, number]> = []
  // Names of the people, bodies and places a text is about, named more than once: every mention repeats them.
  const mainNames: Array<[number, number]> = []
  for (const e of entities) {
    if (e.type === 'other') for (const m of e.mentions) names.push([m.start, m.end])
    else if (MAIN_NAME_TYPES.has(e.type) && e.mentions.length >= 2) for (const m of e.mentions) mainNames.push([m.start, m.end])
  }
  if (names.length === 0 && mainNames.length === 0) return [...findings]
  const inside = (f: Technique, spans: ReadonlyArray<[number, number]>) => spans.some(([start, end]) => start <= f.start && f.end <= end)
  return findings.filter((f) => !inside(f, names) && !(f.technique === 'repetition' && inside(f, mainNames)))
}
