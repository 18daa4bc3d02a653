// Hand-built reports for the store tests: their findings are fixed, so the tests do not move when the analyzers improve.
import { contentHash } from '../../src/corpus/content-hash.ts'
import { reportRows } from '../../src/corpus/report-rows.ts'
import type { DocumentRecord } from '../../src/corpus/types.ts'
import { SCHEMA_ID, type Entity, type EventFinding, type Report, type SentenceFunction, type TechniqueId } from '../../src/report/schema.ts'
import { TECHNIQUES } from '../../src/report/techniques.ts'

function at(text: string, needle: string): { start: number; end: number; text: string } {
  const start = text.indexOf(needle)
  if (start < 0) throw new Error(`'${needle}' is not in the text`)
  return { start, end: start + needle.length, text: needle }
}

interface EntitySpec {
  id: string
  name: string
  type: Entity['type']
  kb?: [string, string]
  aliases?: string[]
  mention: string
}

interface EventSpec {
  cameo: string
  sentence: string
  actor?: string
  target?: string
  location?: string
  date?: string
  background?: boolean
  amount?: string
}

export interface ReportSpec {
  text: string
  title?: string
  issuer?: string | null
  published?: string | null
  entities?: EntitySpec[]
  events?: EventSpec[]
  techniques?: [TechniqueId, string][]
  functions?: SentenceFunction[]
  quotes?: [string, string][]
}

/** A valid report with the given findings; spans are found in the text. */
export function buildReport(spec: ReportSpec): Report {
  const { text } = spec
  const sentences = text.split(/(?<=\.)\s+/).reduce<{ start: number; end: number }[]>((list, s) => {
    const start = text.indexOf(s, list.at(-1)?.end ?? 0)
    return [...list, { start, end: start + s.length }]
  }, [])
  const dates = (spec.events ?? []).filter((e) => e.date).map((e) => ({ ...at(text, e.sentence), resolved: e.date! }))
  const amounts = (spec.events ?? []).filter((e) => e.amount).map((e) => ({ ...at(text, e.amount!), value: Number(/\d+/.exec(e.amount!)?.[0]), qualifier: 'exact' as const, unit: 'people' }))
  const events: EventFinding[] = (spec.events ?? []).map((e) => ({
    ...at(text, e.sentence),
    cameo: e.cameo,
    label: `CAMEO ${e.cameo}`,
    quadClass: Number(e.cameo.slice(0, 2)) >= 14 ? 4 : 1,
    goldstein: Number(e.cameo.slice(0, 2)) >= 14 ? -9 : 3,
    actor: e.actor ?? null,
    target: e.target ?? null,
    location: e.location ?? null,
    participants: [],
    amount: e.amount ? amounts.findIndex((a) => a.text === e.amount) : null,
    date: e.date ? dates.findIndex((d) => d.resolved === e.date && d.text === e.sentence) : null,
    background: e.background ?? false,
  }))
  return {
    schema: SCHEMA_ID,
    document: { id: `doc:${contentHash(text).slice(0, 8)}`, title: spec.title ?? null, issuer: spec.issuer ?? null, published: spec.published ?? null, language: 'en', text, url: null, source: null },
    sentences: sentences.map((s, i) => ({ ...s, function: spec.functions?.[i] ?? 'report', checkworthiness: 0.5 })),
    entities: (spec.entities ?? []).map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: e.aliases ?? [],
      kb: e.kb ? { source: e.kb[0], id: e.kb[1] } : null,
      mentions: [at(text, e.mention)],
    })),
    quotes: (spec.quotes ?? []).map(([quote, speaker]) => ({ ...at(text, quote), direct: true, speaker: { name: speaker, entity: null, role: null } })),
    amounts,
    dates,
    events,
    techniques: (spec.techniques ?? []).map(([technique, phrase]) => ({
      ...at(text, phrase),
      technique,
      ptc: TECHNIQUES.find((t) => t.id === technique)!.ptc,
      confidence: 0.8,
      explanation: `'${phrase}' is ${technique}.`,
      cues: [phrase],
      speaker: null,
    })),
    problems: [],
  }
}

/** A record ready for `store.addReport`. */
export function recordOf(report: Report, source: string): DocumentRecord {
  return { hash: contentHash(report.document.text), source, report, rows: reportRows(report) }
}

const UKRAINE: EntitySpec = { id: 'e1', name: 'Ukraine', type: 'location', kb: ['wikidata', 'Q212'], aliases: ['UA'], mention: 'Ukraine' }
const RUSSIA: EntitySpec = { id: 'e2', name: 'Russia', type: 'location', kb: ['wikidata', 'Q159'], mention: 'Russian' }
const KHARKIV: EntitySpec = { id: 'e3', name: 'Kharkiv', type: 'location', kb: ['geonames', '706483'], mention: 'Kharkiv' }

/** Four documents: two issuers reporting the same strike on Kharkiv, a later statement, and an undated note. */
export const CORPUS: Record<'ministry' | 'party' | 'statement' | 'note', ReportSpec> = {
  ministry: {
    title: 'Troops shell Kharkiv',
    issuer: 'Ministry of Defence',
    published: '2024-09-10',
    text: 'Russian troops shelled Kharkiv in Ukraine on Monday. The minister called the attack barbaric. "We will answer," the minister said.',
    entities: [RUSSIA, UKRAINE, KHARKIV],
    events: [{ cameo: '190', sentence: 'Russian troops shelled Kharkiv in Ukraine on Monday.', actor: 'e2', target: 'e1', location: 'e3', date: '2024-09-09' }],
    techniques: [['loaded_language', 'barbaric']],
    functions: ['report', 'opinion', 'quote'],
    quotes: [['"We will answer,"', 'the minister']],
  },
  party: {
    title: 'Shelling of Kharkiv kills 12 people',
    issuer: 'Green Horizons Party',
    published: '2024-09-11',
    text: 'Shelling by Russian forces killed 12 people in Kharkiv. Our cities will burn unless Ukraine acts now. The border crossing stays closed.',
    entities: [{ ...RUSSIA, mention: 'Russian' }, { ...KHARKIV }, { ...UKRAINE }],
    events: [{ cameo: '195', sentence: 'Shelling by Russian forces killed 12 people in Kharkiv.', actor: 'e2', location: 'e3', date: '2024-09-09', amount: '12 people' }],
    techniques: [['appeal_to_fear', 'Our cities will burn'], ['loaded_language', 'burn']],
    functions: ['report', 'call_to_action', 'report'],
  },
  statement: {
    title: 'Ministry ready to talk',
    issuer: 'Foreign Ministry',
    published: '2024-10-20',
    text: 'The Foreign Ministry expressed its readiness to negotiate with Ukraine. Our proud nation stands united.',
    entities: [{ id: 'e1', name: 'Foreign Ministry', type: 'organization', mention: 'Foreign Ministry' }, { ...UKRAINE, id: 'e2' }],
    events: [{ cameo: '036', sentence: 'The Foreign Ministry expressed its readiness to negotiate with Ukraine.', actor: 'e1', target: 'e2', date: '2024-10-20' }],
    techniques: [['flag_waving', 'Our proud nation stands united']],
    functions: ['report', 'opinion'],
  },
  note: {
    issuer: null,
    published: null,
    text: 'Background note: troops were first deployed to the region years ago.',
    events: [{ cameo: '150', sentence: 'Background note: troops were first deployed to the region years ago.', background: true }],
  },
}
