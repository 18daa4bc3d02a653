import type { QuotePatternCues } from './pattern-cues.ts'

/** Verbs that report speech, by the forms news writes them in. */
const REPORTING_VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'stressed', 'stresses', 'noted', 'notes', 'wrote', 'writes', 'declared', 'declares',
  'announced', 'announces', 'explained', 'explains', 'emphasised', 'emphasized', 'emphasises', 'emphasizes', 'underlined', 'underlines', 'underscored', 'insisted',
  'insists', 'warned', 'warns', 'claimed', 'claims', 'argued', 'argues', 'asserted', 'asserts', 'reiterated', 'reiterates', 'confirmed', 'confirms', 'commented',
  'remarked', 'observed', 'recalled', 'continued', 'quipped', 'joked', 'tweeted', 'posted', 'replied', 'responded', 'answered', 'asked', 'urged', 'admitted',
  'acknowledged', 'concluded', 'predicted', 'promised', 'vowed', 'pledged', 'reported', 'suggested', 'maintained', 'contended', 'complained', 'conceded', 'cautioned',
  'proclaimed', 'exclaimed', 'shouted', 'boasted', 'lamented', 'demanded', 'threatened', 'accused', 'alleged', 'denied', 'saying', 'telling', 'adding', 'writing',
  'stating', 'noting', 'stressing', 'warning', 'declaring', 'explaining', 'insisting', 'claiming', 'announcing', 'arguing', 'pointed', 'points',
] as const

/** Words that can stand between a speaker and a reporting verb: "Lavrov also said", "she later added". */
export const SPEAKER_VERB_ADVERBS = new Set(['also', 'later', 'then', 'further', 'again', 'reportedly', 'previously', 'once', 'separately', 'earlier', 'has', 'had', 'have', 'herself', 'himself', 'subsequently', 'repeatedly', 'recently', 'publicly', 'privately', 'simply', 'only', 'just', 'even', 'had'])

/** Role and title words written in lower case inside a speaker phrase ("a senior defence official"). */
const ROLE_WORDS = [
  'spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'minister', 'ministers', 'ministry', 'official', 'officials', 'president', 'secretary', 'general',
  'chief', 'head', 'director', 'commander', 'commanders', 'ambassador', 'envoy', 'representative', 'senior', 'deputy', 'foreign', 'defence', 'defense', 'interior',
  'military', 'government', 'army', 'police', 'press', 'state', 'national', 'security', 'top', 'former', 'acting', 'adviser', 'advisor', 'aide', 'leader', 'leaders',
  'chairman', 'chairwoman', 'chair', 'member', 'members', 'lawmaker', 'lawmakers', 'senator', 'governor', 'mayor', 'analyst', 'analysts', 'expert', 'experts',
  'source', 'sources', 'witness', 'witnesses', 'resident', 'residents', 'activist', 'activists', 'lawyer', 'diplomat', 'diplomats', 'officer', 'officers', 'soldier',
  'soldiers', 'negotiator', 'prosecutor', 'prosecutors', 'judge', 'statement', 'report', 'communique', 'communiqué', 'office', 'council', 'committee', 'agency',
  'department', 'service', 'command', 'alliance', 'organisation', 'organization', 'union', 'party', 'embassy', 'mission', 'administration', 'authorities',
  'authority', 'staff', 'general-secretary', 'secretary-general', 'prime', 'vice', 'assistant', 'regional', 'local', 'federal', 'presidential', 'parliamentary',
  'opposition', 'campaign', 'group', 'organisers', 'organizers', 'protesters', 'people', 'team', 'board', 'ceo', 'founder', 'coordinator', 'manager', 'executive',
  'director-general', 'commissioner', 'chancellor', 'premier', 'speaker', 'correspondent', 'journalist', 'reporter', 'editor', 'researcher', 'professor', 'economist',
  'investigators', 'investigator', 'observers', 'monitors', 'inspectors', 'medics', 'doctors', 'doctor', 'paramedics', 'rescuers', 'firefighters', 'volunteers',
  'colonel', 'lieutenant', 'major', 'captain', 'sergeant', 'admiral', 'brigadier', 'commodore', 'marshal', 'corporal', 'gen.', 'col.', 'lt.', 'maj.', 'capt.', 'sgt.',
  'adm.', 'brig.', 'cmdr.', 'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'sen.', 'rep.', 'gov.', 'mr', 'mrs', 'ms', 'dr',
  // Ranks written without a full stop, as British and Commonwealth releases do ("Lt Gen", "Rear Adm").
  'lt', 'gen', 'col', 'maj', 'capt', 'brig', 'cdr', 'rear',
  // Parliaments: members, their offices and the rapporteur who steers a report ("said rapporteur Hannah Neumann").
  'rapporteur', 'rapporteurs', 'co-rapporteur', 'shadow', 'mep', 'meps', 'mp', 'mps', 'legislator', 'legislators', 'congressman', 'congresswoman',
  'senators', 'chairperson', 'vice-chair', 'vice-president', 'vice-chairman', 'spokesmen', 'delegate', 'delegates', 'deputies', 'councillor',
  // What a parliament adopts speaks for it: "The text, adopted with 444 votes in favour, says that …".
  'resolution', 'motion', 'text', 'declaration', 'readout',
]

/** Head words that make a speaker phrase an organisation rather than a person. */
export const ORGANISATION_HEADS = new Set([
  'ministry', 'office', 'council', 'committee', 'agency', 'department', 'service', 'command', 'alliance', 'organisation', 'organization', 'union', 'party', 'embassy',
  'mission', 'administration', 'authorities', 'authority', 'government', 'army', 'police', 'forces', 'force', 'navy', 'parliament', 'assembly', 'commission', 'bureau',
  'kremlin', 'pentagon', 'headquarters', 'staff', 'group', 'statement', 'report', 'communique', 'communiqué', 'company', 'corporation', 'bank', 'court', 'cabinet',
  'secretariat', 'delegation', 'presidency', 'directorate', 'institute', 'centre', 'center', 'foundation', 'movement', 'front', 'coalition', 'brigade', 'battalion',
  'regiment', 'division', 'corps', 'unit', 'guard', 'media', 'newspaper', 'agency', 'network', 'team', 'board', 'federation', 'league', 'association', 'network',
  'tribunal', 'body', 'panel', 'inquiry', 'observatory', 'resolution', 'motion', 'text', 'declaration', 'readout',
])

/** Subject pronouns that stand for a speaker named earlier. */
export const SPEAKER_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i'])

/** Reporting cues with their weights, compiled once from the pattern file. */
export interface ReportingCues {
  isVerb(lower: string): boolean
  isRoleWord(lower: string): boolean
  /** 0–1: how reliably the cue attributes a quote (from the Quootstrap pattern weights; 0.75 when unseen there) */
  weight(cue: string): number
}

const UNSEEN_CUE_WEIGHT = 0.75
const ACCORDING_TO_WEIGHT = 0.9

/**
 * Builds the cue tables: the reporting verbs above, with the weights Quootstrap's patterns give the
 * same words, and the role words above plus the single-word titles seen in at least two patterns.
 */
export function buildReportingCues(patterns: QuotePatternCues): ReportingCues {
  const verbs = new Set<string>(REPORTING_VERBS)
  const roles = new Set(ROLE_WORDS)
  for (const [title, stat] of Object.entries(patterns.titles)) {
    if (stat.patterns >= 2 && !title.includes(' ') && /^[a-z-]+$/.test(title) && title.length > 3) roles.add(title)
  }
  const weights = new Map<string, number>()
  for (const [verb, stat] of Object.entries(patterns.verbs)) weights.set(verb, stat.weight)
  return {
    isVerb: (lower) => verbs.has(lower),
    isRoleWord: (lower) => roles.has(lower),
    weight: (cue) => (cue === 'according to' ? ACCORDING_TO_WEIGHT : (weights.get(cue.split(' ')[0].toLowerCase()) ?? UNSEEN_CUE_WEIGHT)),
  }
}
