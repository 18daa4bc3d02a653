import type { Entity } from '../../src/report/schema.ts'
import type { GoldDocument } from './gold-set.ts'
import { anyNameMatches, namesNobody } from './name-match.ts'

/** Every name a document gives a gold entity: its canonical name and the text of each mention. */
export function goldEntityNames(doc: GoldDocument, name: string): { names: string[]; person: boolean } {
  const entity = doc.entities.find((e) => e.name === name)
  if (!entity) return { names: [name], person: false }
  return { names: [entity.name, ...entity.mentions.map((m) => m.text)], person: entity.type === 'person' }
}

/** Every name of a predicted entity (name, aliases, mention texts), found by id; an unknown id is taken as a name. */
export function predictedEntityNames(entities: readonly Entity[], id: string): string[] {
  const entity = entities.find((e) => e.id === id)
  if (!entity) return [id]
  return [entity.name, ...entity.aliases, ...entity.mentions.map((m) => m.text)]
}

/**
 * Whether a predicted participant (speaker, actor) is the gold one. A gold null matches a predicted null
 * or a description that names nobody ("a hospital official"); a gold name matches by name string,
 * case-insensitively, with surnames allowed for people.
 */
export function sameParticipant(doc: GoldDocument, gold: string | null, predictedNames: readonly string[] | null): boolean {
  if (gold === null) return predictedNames === null || predictedNames.every(namesNobody)
  if (predictedNames === null) return false
  const { names, person } = goldEntityNames(doc, gold)
  return anyNameMatches(names, predictedNames, { surname: person })
}
