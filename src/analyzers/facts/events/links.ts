import type { Amount, DateFinding } from '../../../report/schema.ts'

/** Which kind of amount an event code most likely counts: troops for force, money for aid and trade. */
function preferredKind(code: string): Amount['kind'] | null {
  const root = Number(code.slice(0, 2))
  if (root >= 14 || code.startsWith('087')) return 'count'
  if (root === 6 || root === 7 || code.startsWith('033') || code.startsWith('031')) return 'money'
  return null
}

/** Units that count people under arms: what a show of force or a deployment counts first. */
const FORCE_UNITS = new Set(['troops', 'soldiers', 'servicemen', 'servicemembers', 'service members', 'personnel', 'marines', 'sailors', 'airmen', 'paratroopers', 'reservists', 'conscripts', 'military personnel', 'fighters'])

/** True when an amount counts people under arms ("More than 3,500 troops", not "eight NATO allies"). */
const countsForces = (amount: Amount) => amount.kind === 'count' && !!amount.unit && FORCE_UNITS.has(amount.unit.toLowerCase())

/**
 * The index of the amount inside [from, to) nearest to the trigger, preferring the kind the event
 * counts (troops for a deployment, money for aid) and, for a show of force, people under arms over
 * other counts ("More than 3,500 troops from eight NATO allies"). Percentages are never an event's amount.
 *
 * @example
 * linkAmount(amounts, 0, 80, 20, '154') // 0 for "deployed more than 1,200 troops"
 */
export function linkAmount(amounts: readonly Amount[], from: number, to: number, at: number, code: string): number | null {
  const kind = preferredKind(code)
  const showOfForce = code.startsWith('15')
  let best: number | null = null
  let bestScore = Infinity
  amounts.forEach((amount, index) => {
    // Percentages are never an event's amount, nor is a measure (degrees, kilometres) what force counts.
    if (amount.start < from || amount.end > to || amount.kind === 'percent' || (kind === 'count' && amount.kind === 'measure')) return
    const distance = amount.start >= at ? amount.start - at : at - amount.end
    const score = distance + (kind && amount.kind && amount.kind !== kind ? 10_000 : 0) + (showOfForce && !countsForces(amount) ? 5_000 : 0)
    if (score < bestScore) {
      best = index
      bestScore = score
    }
  })
  return best
}

/**
 * The index of the date inside [from, to) nearest to the trigger, skipping the spans in `outside`
 * (the words of a quote, for an event about the quote itself).
 *
 * @example
 * linkDate(dates, 0, 80, 20) // the index of "on Monday"
 */
export function linkDate(dates: readonly DateFinding[], from: number, to: number, at: number, outside: readonly { start: number; end: number }[] = []): number | null {
  let best: number | null = null
  let bestDistance = Infinity
  dates.forEach((date, index) => {
    if (date.start < from || date.end > to) return
    if (outside.some((o) => date.start >= o.start && date.end <= o.end)) return
    const distance = date.start >= at ? date.start - at : at - date.end
    if (distance < bestDistance) {
      best = index
      bestDistance = distance
    }
  })
  return best
}
