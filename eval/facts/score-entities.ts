import type { Entity, EntityType } from '../../src/report/schema.ts'
import { EntityTypeSchema } from '../../src/report/schema.ts'
import type { GoldDocument } from './gold-set.ts'
import type { LayerScore } from './layer-score.ts'
import { matchOneToOne } from './match-one-to-one.ts'
import { overlapLength, sameSpan } from './span-overlap.ts'
import type { Tally } from './tally.ts'

interface TypedMention {
  start: number
  end: number
  text: string
  type: EntityType
}

/**
 * Gold marks names only. A predicted mention with no capital letter and no digit ("he", "the ministry")
 * is a pronoun or common noun that the gold set does not annotate, so it is left out of the score.
 */
export function isNamedMention(text: string): boolean {
  return /[\p{Lu}\p{N}]/u.test(text)
}

function tally(id: string, label: string, gold: number, predicted: number, matched: number): Tally {
  return { id, label, gold, predicted, matched }
}

/**
 * Scores entity mentions: exact span and type; overlapping span and type (lenient); overlapping span of
 * any type (detection); and exact span and type for each gold type.
 */
export function scoreEntities(gold: GoldDocument, predicted: readonly Entity[]): LayerScore & { unscored: number } {
  const goldMentions: TypedMention[] = gold.entities.flatMap((e) => e.mentions.map((m) => ({ ...m, type: e.type })))
  const all: TypedMention[] = predicted.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, type: e.type })))
  const found = all.filter((m) => isNamedMention(m.text))

  const exact = matchOneToOne(goldMentions, found, (g, p) => (sameSpan(g, p) && g.type === p.type ? 1 : null))
  const lenient = matchOneToOne(goldMentions, found, (g, p) => (g.type === p.type && overlapLength(g, p) > 0 ? overlapLength(g, p) : null))
  const detected = matchOneToOne(goldMentions, found, (g, p) => (overlapLength(g, p) > 0 ? overlapLength(g, p) : null))

  const rows = [
    tally('exact', 'exact span + type', goldMentions.length, found.length, exact.length),
    tally('overlap', 'overlapping span + type', goldMentions.length, found.length, lenient.length),
    tally('detected', 'overlapping span, any type', goldMentions.length, found.length, detected.length),
  ]
  for (const type of EntityTypeSchema.options) {
    const g = goldMentions.filter((m) => m.type === type).length
    const p = found.filter((m) => m.type === type).length
    if (g === 0 && p === 0) continue
    const m = exact.filter((pair) => goldMentions[pair.gold].type === type).length
    rows.push(tally(`exact:${type}`, `  ${type} (exact span + type)`, g, p, m))
  }

  const errors: string[] = []
  const detectedGold = new Map(detected.map((pair) => [pair.gold, pair.predicted]))
  goldMentions.forEach((g, i) => {
    const pi = detectedGold.get(i)
    if (pi === undefined) errors.push(`missed ${g.type} ${JSON.stringify(g.text)}`)
    else if (!exact.some((pair) => pair.gold === i)) {
      const p = found[pi]
      errors.push(`${sameSpan(g, p) ? 'wrong type' : 'boundary'}: gold ${g.type} ${JSON.stringify(g.text)}, found ${p.type} ${JSON.stringify(p.text)}`)
    }
  })
  const detectedPredicted = new Set(detected.map((pair) => pair.predicted))
  found.forEach((p, i) => {
    if (!detectedPredicted.has(i)) errors.push(`spurious ${p.type} ${JSON.stringify(p.text)}`)
  })
  return { rows, errors, unscored: all.length - found.length }
}
