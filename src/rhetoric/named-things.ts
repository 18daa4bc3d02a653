import type { Entity, Technique } from '../report/schema.ts'

/**
 * Drops the findings that lie wholly inside the name of a thing (an `other` entity: an exercise, a
 * weapon, a ship, a law): "Wolf" in the exercise "Iron Wolf 2026" or "Patriot" in "Patriot missiles"
 * is what someone named the thing, not how the text argues. Pure; keeps the order of `findings`.
 *
 * @example
 * outsideNamedThings(findings, entities) // without the name_calling finding on "Wolf" of "Iron Wolf 2026"
 */
export function outsideNamedThings(findings: readonly Technique[], entities: readonly Entity[]): Technique[] {
  const names: Array<[number, number]> = []
  for (const e of entities) if (e.type === 'other') for (const m of e.mentions) names.push([m.start, m.end])
  if (names.length === 0) return [...findings]
  return findings.filter((f) => !names.some(([start, end]) => start <= f.start && f.end <= end))
}
