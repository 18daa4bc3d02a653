import type { AnalyzerContext } from '../../../../engine/types.ts'
import type { EventFinding } from '../../../../report/schema.ts'

/**
 * One line per event, the way a reader checks it:
 * `150 "exercise" SCO in Chelyabinsk with China, India | amount "1,200 troops" | date "On Monday" | current`.
 */
export function describeEvents(ctx: AnalyzerContext, events: readonly EventFinding[]): string[] {
  const name = (id: string | null) => (id ? (ctx.findings.entities.find((e) => e.id === id)?.name ?? id) : null)
  return events.map((e) => {
    const parts = [`${e.cameo} "${e.trigger?.text ?? ''}"`]
    if (e.actor) parts.push(`${name(e.actor)}`)
    if (e.target) parts.push(`→ ${name(e.target)}`)
    if (e.location) parts.push(`in ${name(e.location)}`)
    if (e.participants.length) parts.push(`with ${e.participants.map(name).join(', ')}`)
    let line = parts.join(' ')
    if (e.amount !== null) line += ` | amount "${ctx.findings.amounts[e.amount].text}"`
    if (e.date !== null) line += ` | date "${ctx.findings.dates[e.date].text}"`
    return `${line} | ${e.background ? 'background' : 'current'}`
  })
}
