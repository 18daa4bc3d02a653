import type { Entity, EventFinding } from '../../src/report/schema.ts'
import { predictedEntityNames, sameParticipant } from './entity-names.ts'
import type { GoldDocument, GoldEvent } from './gold-set.ts'
import type { LayerScore } from './layer-score.ts'
import { matchOneToOne } from './match-one-to-one.ts'
import { overlaps } from './span-overlap.ts'

/** CAMEO 010, "make statement, not specified below": what a coder gives a verb like "said". */
export const PLAIN_STATEMENT = '010'

/** The two-digit CAMEO root of a code: "190" and "19" are both root "19". */
export function cameoRoot(code: string): string {
  return code.padStart(2, '0').slice(0, 2)
}

/** 2 when the predicted trigger overlaps the gold trigger, 1 when only the predicted event's evidence span does, else null. */
export function eventPosition(gold: GoldEvent, predicted: EventFinding): number | null {
  if (predicted.trigger && overlaps(predicted.trigger, gold.trigger)) return 2
  return overlaps(predicted, gold.trigger) ? 1 : null
}

/**
 * Scores events: the same CAMEO root with an overlapping trigger or evidence span; that plus the right actor;
 * that plus the right background flag; and, to tell coding errors from missed events, the position alone.
 */
export function scoreEvents(gold: GoldDocument, predicted: readonly EventFinding[], entities: readonly Entity[]): LayerScore {
  const actorOf = (p: EventFinding) => (p.actor ? predictedEntityNames(entities, p.actor) : null)
  // Among equally placed candidates, prefer the one with the gold actor: events that share a trigger
  // ("accused each other") are then paired by who did what, not by their order in the text.
  const rooted = (g: GoldEvent, p: EventFinding) => {
    const position = cameoRoot(p.cameo) === g.cameo ? eventPosition(g, p) : null
    return position === null ? null : position + (sameParticipant(gold, g.actor, actorOf(p)) ? 0.5 : 0)
  }
  const pairs = matchOneToOne(gold.events, predicted, rooted)
  const positioned = matchOneToOne(gold.events, predicted, eventPosition)
  const rightActor = pairs.filter((pair) => sameParticipant(gold, gold.events[pair.gold].actor, actorOf(predicted[pair.predicted])))
  const rightBackground = pairs.filter((pair) => gold.events[pair.gold].background === predicted[pair.predicted].background)
  // The gold set does not code verbs that only attribute speech (GUIDE.md); this row shows the score
  // when predictions of the plain statement code 010 are set aside as well.
  const substantive = predicted.filter((p) => p.cameo !== PLAIN_STATEMENT)
  const substantivePairs = matchOneToOne(gold.events, substantive, rooted)
  const base = { gold: gold.events.length, predicted: predicted.length }
  const rows = [
    { id: 'root', label: 'CAMEO root + trigger/evidence', ...base, matched: pairs.length },
    { id: 'root-without-010', label: '  same, 010 predictions set aside', gold: gold.events.length, predicted: substantive.length, matched: substantivePairs.length },
    { id: 'root+actor', label: 'CAMEO root + trigger/evidence + actor', ...base, matched: rightActor.length },
    { id: 'root+background', label: 'CAMEO root + trigger/evidence + background', ...base, matched: rightBackground.length },
    { id: 'position', label: 'trigger/evidence, any root', ...base, matched: positioned.length },
  ]

  const describe = (g: GoldEvent) => `${g.cameo} ${JSON.stringify(g.trigger.text)} (${g.actor ?? 'no actor'})`
  const errors: string[] = []
  const byGold = new Map(pairs.map((pair) => [pair.gold, pair.predicted]))
  const anyRoot = new Map(positioned.map((pair) => [pair.gold, pair.predicted]))
  gold.events.forEach((g, i) => {
    const pi = byGold.get(i)
    if (pi === undefined) {
      const other = anyRoot.get(i)
      const miscoded = other !== undefined && cameoRoot(predicted[other].cameo) !== g.cameo
      errors.push(miscoded ? `wrong root for ${describe(g)}: found ${predicted[other].cameo} ${JSON.stringify(predicted[other].trigger?.text ?? predicted[other].text)}` : `missed event ${describe(g)}`)
      return
    }
    const p = predicted[pi]
    if (!rightActor.some((pair) => pair.gold === i)) errors.push(`wrong actor for ${describe(g)}: found ${actorOf(p)?.[0] ?? 'none'}`)
  })
  const matchedPredicted = new Set([...pairs, ...positioned].map((pair) => pair.predicted))
  predicted.forEach((p, i) => {
    if (!matchedPredicted.has(i)) errors.push(`spurious event ${p.cameo} ${JSON.stringify(p.trigger?.text ?? p.text)}`)
  })
  return { rows, errors }
}
