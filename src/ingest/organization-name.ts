// Words that make a capitalised phrase the name of an organisation rather than of a person or place.
const ORGANIZATION_WORDS = new Set([
  'office', 'ministry', 'party', 'department', 'council', 'committee', 'commission', 'movement', 'front', 'union',
  'alliance', 'association', 'federation', 'confederation', 'foundation', 'institute', 'institution', 'organisation',
  'organization', 'watch', 'international', 'group', 'corporation', 'corp', 'inc', 'ltd', 'limited', 'plc', 'llc',
  'gmbh', 'ag', 'company', 'holdings', 'secretariat', 'embassy', 'mission', 'government', 'agency', 'service',
  'bureau', 'center', 'centre', 'network', 'coalition', 'league', 'congress', 'assembly', 'parliament', 'caucus',
  'campaign', 'society', 'forum', 'trust', 'bank', 'authority', 'directorate', 'administration', 'presidency',
  'chancellery', 'command', 'headquarters', 'forces', 'army', 'navy', 'court', 'tribunal', 'university', 'initiative',
  'platform', 'collective', 'bloc', 'syndicate', 'cooperative', 'board', 'fund', 'programme', 'program', 'observatory',
  'monitor', 'unions', 'parties', 'ngo', 's.a', 'n.v', 'b.v', 'p.l.c', 'se', 'cabinet', 'senate', 'chamber', 'club', 'academy', 'consortium', 'project',
])

// Names made only of these words ("Press Office", "Media Service") say which desk wrote, not who issued.
const GENERIC_WORDS = new Set([
  'press', 'media', 'office', 'service', 'services', 'department', 'communications', 'communication', 'team', 'unit',
  'desk', 'centre', 'center', 'information', 'public', 'affairs', 'relations', 'news', 'secretariat', 'headquarters',
  'staff', 'the', 'of', 'and', 'for', 'digital', 'external', 'international',
])

const ABBREVIATION_END = /(?:^|\s)(?:inc|ltd|co|corp|bros|(?:\p{L}\.)+\p{L})\.$/iu

const CONNECTORS = new Set(['of', 'the', 'for', 'and', 'on', 'in', 'de', 'du', 'des', 'la', 'le', 'el', 'del', 'da', 'di', 'für', 'und', '&', 'to', 'at', 'against', 'without', 'with'])

/**
 * True when a phrase reads as an organisation's name: capitalised words (with "of", "the", "for"…
 * between them) including a word such as Ministry, Party, Office, Movement or Inc., and not only
 * desk words like "Press Office".
 *
 * @example
 * isOrganizationName('Press Office of the Ministry of Foreign Affairs') // true
 * isOrganizationName('Anna Kowalska') // false
 */
export function isOrganizationName(name: string): boolean {
  if (name.length < 3 || name.length > 120) return false
  if (/[:;?!@<>{}=|/\\"“”]|https?:|www\./i.test(name)) return false
  if (!/^[\p{Lu}\d]/u.test(name)) return false
  const words = name.split(/\s+/)
  if (words.length > 14) return false
  let keyword = false
  let specific = false
  let named = 0
  for (const word of words) {
    const bare = word.replace(/^[("'‘“]+|[)"'’”,.]+$/g, '').toLowerCase()
    if (bare === '' || bare === '-' || bare === '–') continue
    if (CONNECTORS.has(bare)) continue
    if (!/^[\p{Lu}\d]/u.test(word.replace(/^[("'‘“]+/, ''))) return false
    named++
    if (ORGANIZATION_WORDS.has(bare)) keyword = true
    if (!GENERIC_WORDS.has(bare)) specific = true
  }
  // One word is never enough: "LLC" or "Ministry" alone names no one.
  return keyword && specific && named >= 2
}

/**
 * Tidies a name found in a text: trims spaces and closing punctuation, and drops a leading "the"
 * unless it is part of a one-word name ("The Left").
 *
 * @example
 * cleanIssuerName(' the Green Future Party. ') // 'Green Future Party'
 */
export function cleanIssuerName(name: string): string {
  let tidy = name.replace(/\s+/g, ' ').trim().replace(/[\s,;:–—-]+$/, '').replace(/^[–—-]+\s*/, '')
  // A closing full stop goes, unless it belongs to an abbreviation ("Acme Inc.", "S.A.").
  if (tidy.endsWith('.') && !ABBREVIATION_END.test(tidy)) tidy = tidy.slice(0, -1).trimEnd()
  const withoutThe = tidy.replace(/^the\s+/i, '')
  return withoutThe !== tidy && !withoutThe.includes(' ') ? tidy : withoutThe
}
