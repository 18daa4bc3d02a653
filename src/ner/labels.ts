/** The entity types of CoNLL-2003. */
export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const
export type EntityType = (typeof ENTITY_TYPES)[number]

/** The IOB2 labels the tagger predicts, in the order of the model's classes. */
export const NER_LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const
export type NerLabel = (typeof NER_LABELS)[number]

const INDEX = new Map<string, number>(NER_LABELS.map((label, i) => [label, i]))

/**
 * The class index of an IOB2 label, or -1 for anything else.
 *
 * @example
 * labelIndex('B-ORG') // 3
 */
export function labelIndex(label: string): number {
  return INDEX.get(label) ?? -1
}

/**
 * Whether `label` may follow `previous` in IOB2 (`previous` null at the start of a sentence):
 * an `I-X` continues only a `B-X` or `I-X`.
 *
 * @example
 * isAllowedAfter('B-PER', 'I-PER') // true
 * isAllowedAfter('O', 'I-PER') // false
 */
export function isAllowedAfter(previous: string | null, label: string): boolean {
  if (!label.startsWith('I-')) return true
  return previous !== null && previous !== 'O' && previous.slice(2) === label.slice(2)
}

/**
 * Rewrites IOB1 tags (where `I-X` may begin an entity and `B-X` only separates two adjacent ones,
 * as in wikigold) to IOB2 (every entity begins with `B-X`). IOB2 input comes back unchanged.
 *
 * @example
 * toIob2(['I-PER', 'I-PER', 'O', 'I-LOC']) // ['B-PER', 'I-PER', 'O', 'B-LOC']
 */
export function toIob2(tags: readonly string[]): string[] {
  return tags.map((tag, i) => (tag.startsWith('I-') && !isAllowedAfter(i === 0 ? null : tags[i - 1], tag) ? `B-${tag.slice(2)}` : tag))
}
