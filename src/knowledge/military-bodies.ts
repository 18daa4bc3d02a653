/**
 * Knowledge-base entries of military alliances, of every camp: NATO (PETRARCH's IGOWSTNAT), the
 * CSTO, AUKUS and the Warsaw Pact (curated, `data/organisations.ts`).
 */
export const MILITARY_ALLIANCE_IDS: ReadonlySet<string> = new Set(['petrarch:IGOWSTNAT', 'org:intl-csto', 'org:intl-aukus', 'org:intl-warsaw-pact'])

/**
 * True for the entry of an armed body: a military alliance, or a country's armed forces or one of
 * its services, which PETRARCH codes with the role MIL ("IDF" is ISRMIL, "PLA" CHNMIL, the U.S.
 * Army `petrarch:USAMIL/us-army`).
 *
 * @example
 * isMilitaryBody('petrarch:ISRMIL') // true
 * isMilitaryBody('petrarch:IGOEUREEC') // false: the European Union
 */
export function isMilitaryBody(kbId: string): boolean {
  if (MILITARY_ALLIANCE_IDS.has(kbId)) return true
  if (!kbId.startsWith('petrarch:')) return false
  const slash = kbId.indexOf('/')
  return (slash < 0 ? kbId : kbId.slice(0, slash)).endsWith('MIL')
}
