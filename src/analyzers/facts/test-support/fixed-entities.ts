import { defineAnalyzer } from '../../../engine/types.ts'
import type { Entity, EntityType } from '../../../report/schema.ts'

/**
 * An entity analyzer for tests that reports fixed entities: every whole-word occurrence of each
 * listed name or alias is a mention, an alias inside the full name aside ("Feldmann" in "Jonas
 * Feldmann" is the full name's mention).
 *
 * @example
 * createAnalyzer({ analyzers: [quotesAnalyzer, entitiesFor([['p1', 'person', 'Jonas Feldmann', ['Feldmann']]])] })
 */
export function entitiesFor(list: [id: string, type: EntityType, name: string, aliases?: string[]][]) {
  return defineAnalyzer({
    id: 'test/entities',
    description: 'fixed entities',
    needs: [],
    produces: 'entities',
    run(ctx): Entity[] {
      return list.flatMap(([id, type, name, aliases = []]) => {
        const found = [name, ...aliases].flatMap((n) => [...ctx.text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${n}(?![\\p{L}\\p{N}])`, 'gu'))].map((m) => ({ start: m.index, end: m.index + n.length, text: n })))
        const mentions = found.filter((m) => !found.some((o) => o !== m && o.start <= m.start && m.end <= o.end)).sort((a, b) => a.start - b.start)
        return mentions.length ? [{ id, type, name, aliases, kb: null, mentions }] : []
      })
    },
  })
}
