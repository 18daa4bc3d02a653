import { cleanIssuerName, isOrganizationName } from './organization-name.ts'
import { wordCount } from './text-lines.ts'

const END_MARKER = /^(?:#\s*#\s*#[#\s]*|[-–—]*\s*ends?\s*[-–—]*|-30-|[-–—]+\s*end of (?:release|statement)\s*[-–—]*)$/i
const CONTACT = /@|https?:\/\/|www\.|\+?\d[\d\s()./-]{6,}\d|^(?:tel|telephone|phone|fax|mobile|cell|e-?mail|contacts?|media\s+contacts?|press\s+contacts?|media\s+(?:enquiries|inquiries)|press\s+(?:enquiries|inquiries)|for\s+(?:more|further)\s+information|follow\s+us|notes?\s+(?:to|for)\s+editors)\b/i
const ISSUED_BY = /^(?:this\s+(?:statement|release|press\s+release|communiqu[ée])\s+(?:was|is|has\s+been)\s+)?issued\s+by\s*:?\s*(.+)$/i
const DASH_NAME = /^(?:—|–|-{1,2})\s*(.+)$/
const ABOUT = /^about\s+(.{2,80})$/i
const ANNOUNCES = /^((?:The\s+)?\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.&-]*|of|the|for|and|on|in|de|&)){0,10}?)(?:\s*\([\p{Lu}\d&-]{2,12}\))?,?\s+(?:(?:today|on\s+\p{Lu}\p{Ll}+|this\s+(?:morning|week))\s+)?(?:announced|announces|has\s+announced|is\s+announcing|is\s+pleased\s+to\s+announce|wishes\s+to\s+announce)\b/u
const STATEMENT_BY = /^(?:joint\s+)?(?:statement|press\s+statement|press\s+release|comment|communiqu[ée]|declaration)\s+(?:by|of|from)\s+(.+?)(?:\s+(?:on|regarding|concerning|about|in\s+response\s+to|following|after)\s+.*|\s*[:–—]\s*.*)?$/i
const ROLE_OF = /^(?:the\s+)?(?:official\s+)?(?:spokes(?:person|man|woman)|press\s+secretary|head|director|minister|chair(?:man|woman|person)?|secretary[- ]general|leader|president)\s+(?:of|for)\s+/i
const DATELINE_PREFIX = /^[^—–]{2,80}?\s(?:—|–|--)\s+/

function isProse(line: string): boolean {
  const words = wordCount(line)
  return words > 14 || (/[.?!…"”]$/.test(line) && words > 6 && !/^[-–—]/.test(line))
}

function organization(candidate: string): string | null {
  const name = cleanIssuerName(candidate)
  return isOrganizationName(name) ? name : null
}

/** Capitalised words, one to ten of them: a name given after "Issued by" or as an "About" heading. */
function nameLike(candidate: string): string | null {
  const name = cleanIssuerName(candidate)
  if (wordCount(name) > 10 || /[:;?!@]/.test(name) || !/^[\p{Lu}\d]/u.test(name)) return null
  return name
}

function fromSignatureLine(line: string): string | null {
  const dash = DASH_NAME.exec(line)
  if (dash) return organization(dash[1])
  // "Spokesperson, Press Office of the Ministry…" or "Anna Novak, Spokesperson, Ministry of Defence":
  // the shortest closing part that names an organisation.
  const parts = line.split(/\s*,\s*/)
  for (let i = parts.length - 1; i >= 0; i--) {
    const name = organization(parts.slice(i).join(', '))
    if (name) return name
  }
  return null
}

function signatureBlock(lines: readonly string[], end: number): string[] {
  const block: string[] = []
  for (let i = end - 1; i >= 0; i--) {
    const line = lines[i]
    if (line === '' || CONTACT.test(line)) continue
    if (isProse(line) || END_MARKER.test(line)) break
    block.unshift(line)
  }
  return block
}

function aboutHeading(lines: readonly string[], from: number): string | null {
  for (let i = from; i < lines.length; i++) {
    const about = ABOUT.exec(lines[i])
    if (!about) continue
    const name = nameLike(about[1])
    const next = lines.slice(i + 1).find((l) => l !== '') ?? ''
    if (name && next.replace(/^the\s+/i, '').startsWith(name.replace(/^the\s+/i, ''))) return name
  }
  return null
}

/**
 * Reads who issued a release from its last lines: "Issued by X", a signature block ("Spokesperson,
 * Press Office of the Ministry of Foreign Affairs", "— The Civic Renewal Party", an organisation's
 * name on its own line) before any "###" / "-ends-" marker and contact lines, or an "About X"
 * section after it. Null when none of these is there.
 */
export function findClosingIssuer(lines: readonly string[]): string | null {
  for (const line of lines) {
    const issued = ISSUED_BY.exec(line)
    if (issued) {
      const name = nameLike(issued[1])
      if (name) return name
    }
  }
  let marker = -1
  for (let i = lines.length - 1; i >= 0; i--) {
    if (END_MARKER.test(lines[i])) { marker = i; break }
  }
  for (const line of signatureBlock(lines, marker >= 0 ? marker : lines.length)) {
    const name = fromSignatureLine(line)
    if (name) return name
  }
  return aboutHeading(lines, 0)
}

/** An organisation named in a "Statement by …" headline ("Statement by the Spokesperson of the Ministry of Foreign Affairs on …"). */
export function issuerFromTitle(title: string | null): string | null {
  if (!title) return null
  const by = STATEMENT_BY.exec(title)
  if (!by) return null
  return organization(by[1].replace(ROLE_OF, ''))
}

/**
 * An organisation named on a short line of its own under the headline ("Press Office of the People's
 * Front for Neutrality", "Statement of the Democratic Resistance Council"): not prose, no final stop.
 */
function bylineOrganization(line: string): string | null {
  if (isProse(line) || /[.!?]$/.test(line) || DATELINE_PREFIX.test(line)) return null
  const by = STATEMENT_BY.exec(line)
  return by ? organization(by[1].replace(ROLE_OF, '')) : organization(line)
}

/**
 * An organisation that opens the body by announcing ("The Ministry of National Defence announced
 * today …"), or that a short line under the headline names ("Press Office of the People's Front for
 * Neutrality").
 */
export function findOpeningIssuer(lines: readonly string[], from: number): string | null {
  let seen = 0
  for (let i = from; i < lines.length && seen < 3; i++) {
    if (lines[i] === '') continue
    seen++
    const byline = bylineOrganization(lines[i])
    if (byline) return byline
    const body = lines[i].replace(DATELINE_PREFIX, '')
    const announces = ANNOUNCES.exec(body)
    if (announces) return organization(announces[1])
  }
  return null
}
