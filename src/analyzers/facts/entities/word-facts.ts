import { ORGANISATION_WORDS } from '../../../knowledge/data/organisation-words.ts'
import { mayStartName } from '../../../knowledge/gazetteer.ts'
import { PERSON_TITLES } from '../../../knowledge/data/titles.ts'

/**
 * What the entity finder's rules ask of a word, as bits worked out once per distinct word (see
 * `DocumentWords`). Each bit answers one question about the word's key (`tokenKey`) or its text; the
 * rules read the bits instead of looking the key up in the lists below.
 */

/**
 * Words that are written with a capital only because they open a sentence or a headline: pronouns,
 * articles, conjunctions, common adverbs. A capitalised one says nothing about a name.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their',
  'our', 'my', 'your', 'him', 'them', 'us', 'me', 'there', 'here', 'in', 'on', 'at', 'for', 'from', 'to', 'of', 'by', 'with',
  'without', 'after', 'before', 'during', 'since', 'until', 'as', 'and', 'but', 'or', 'nor', 'so', 'yet', 'if', 'when',
  'while', 'where', 'why', 'how', 'what', 'which', 'who', 'whom', 'whose', 'however', 'meanwhile', 'also', 'still', 'even',
  'only', 'then', 'now', 'today', 'yesterday', 'tomorrow', 'tonight', 'last', 'next', 'both', 'either', 'neither', 'each',
  'every', 'all', 'some', 'many', 'most', 'more', 'several', 'few', 'no', 'not', 'one', 'two', 'three', 'under', 'over',
  'across', 'against', 'among', 'between', 'through', 'about', 'above', 'below', 'into', 'onto', 'upon', 'despite',
  'although', 'though', 'because', 'unless', 'whether', 'according', 'instead', 'thus', 'therefore', 'moreover',
  'furthermore', 'nevertheless', 'indeed', 'perhaps', 'already', 'again', 'once', 'other', 'another', 'such', 'same',
  'any', 'much', 'very', 'just', 'well', 'yes', 'please', 'let', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'be',
  'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'might', 'must', 'shall', 'mr', 'mrs', 'ms',
  'dear', 'thank', 'thanks', 'read', 'see', 'note', 'update', 'updated', 'photo', 'video', 'breaking', 'exclusive', 'watch',
  'like', 'unlike', 'around', 'near', 'within', 'along', 'behind', 'beyond', 'inside', 'outside', 'towards', 'toward', 'via',
])

export const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
])

export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])

/** Words before a month name that make it a date ("in May", "since May", "early May"). */
const DATE_LEAD_WORDS = new Set(['in', 'on', 'since', 'until', 'till', 'by', 'early', 'late', 'mid', 'last', 'next', 'this', 'of', 'from', 'through', 'during', 'before', 'after', 'between', 'and', 'to', 'each', 'every'])

// Words of a title that only modify the title that follows ("Foreign Minister", "Vice President"):
// alone before a name they are not a title ("Foreign Lee" is not a way to name someone).
const TITLE_MODIFIERS = new Set(['prime', 'vice', 'foreign', 'defence', 'defense', 'interior', 'finance', 'deputy', 'former', 'acting', 'interim', 'crown', 'field', 'chief', 'presidential', 'rt', 'first', 'rear', 'lance', 'flag', 'raksha', 'pradhan', 'rajya'])

// Title words the entity rules read besides the knowledge base's person titles: "Officer Commanding
// 140 Expeditionary Air Wing", "Commanding General", "the Commanding Officer", "Rear Adm.", "Lance
// Cpl.", "Flag Officer Commanding" (the last three only before another title, as modifiers),
// "National Security Adviser", and the Hindi titles of India's ministers in its government's
// releases: "Raksha Mantri" (Defence Minister), "Raksha Rajya Mantri", "Pradhan Mantri" (Prime Minister).
const EXTRA_TITLES = new Set(['commanding', 'officer', 'rear', 'lance', 'flag', 'adviser', 'advisor', 'mantri', 'raksha', 'pradhan', 'rajya'])

// Words of the organisation list that describe rather than name: alone they do not make an organisation.
const DESCRIBING = new Set(['national', 'democratic', 'republican', 'revolutionary', 'liberation', 'resistance', 'federal', 'international', 'defence', 'defense', 'military', 'state', 'news', 'times', 'post', 'energy', 'oil', 'electric', 'media', 'press', 'house', 'order', 'watch'])

/** Small words that may sit inside a name run ("Bank of England", "Ban Ki-moon", "Osama bin Laden"). */
export const JOINERS: ReadonlySet<string> = new Set(['of', 'the', 'de', 'del', 'da', 'di', 'du', 'des', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'van', 'von', 'der'])
/** Small words that join words inside organisation names only ("Ministry for Economic Affairs", "Committee to Protect Journalists"). */
export const ORGANISATION_JOINERS: ReadonlySet<string> = new Set(['and', 'on', 'for', 'to', '&'])

/** Words naming what an office is for, in titles such as "Minister for Foreign Affairs" or "Secretary of State". */
const OFFICE_DOMAINS = new Set([
  'state', 'external', 'internal', 'economic', 'public', 'social', 'children', 'women', 'digital', 'climate', 'local', 'defence', 'defense', 'foreign', 'affairs', 'home', 'interior', 'justice', 'health', 'education', 'trade', 'industry',
  'labour', 'labor', 'agriculture', 'transport', 'culture', 'environment', 'economy', 'finance', 'security', 'energy', 'the',
  'treasury', 'commerce', 'development', 'war', 'veterans', 'housing', 'information', 'communications', 'science', 'technology',
  // "Minister of National Defence", "Secretary of Homeland Security", "Chief of Naval Operations", "Secretary of the Air Force".
  'national', 'homeland', 'naval', 'staff', 'operations', 'intelligence', 'policy', 'personnel', 'procurement', 'acquisition',
  'sustainment', 'readiness', 'army', 'navy', 'air', 'force', 'forces', 'armed', 'space', 'cyber', 'reserve', 'logistics', 'strategic',
  'military', 'civil', 'protection', 'border', 'customs', 'immigration', 'citizenship', 'employment', 'pensions', 'fisheries',
  'food', 'rural', 'urban', 'regional', 'european', 'emergency', 'emergencies', 'mobilisation', 'mobilization', 'cooperation',
  'co-operation', 'relations', 'tourism', 'sport', 'infrastructure', 'resources', 'natural', 'integration', 'equality', 'heritage',
  'diaspora', 'reconstruction', 'innovation', 'disability', 'communities', 'investigation', 'planning', 'budget', 'water',
  'family', 'families', 'youth', 'care', 'services', 'research', 'skills', 'arts', 'works', 'mines', 'maritime', 'aviation',
  'nuclear', 'parliamentary', 'legislative', 'revenue', 'taxation', 'lands',
  // "First Sea Lord"
  'sea',
])

// Words that head the names of bodies beyond the knowledge base's organisation words, military
// formations among them: "Subcommittee on Border Security", "82nd Airborne Division", "Sixth Fleet", "42 Commando".
const BODY_HEADS = new Set(['subcommittee', 'sub-committee', 'subcommission', 'division', 'wing', 'fleet', 'squadron', 'regiment', 'flotilla', 'inspectorate', 'taskforce', 'caucus', 'marines', 'battalion', 'battalions', 'platoon', 'company', 'companies', 'commando'])

// Honours and offices written after a name: "Niamh Doherty TD", "Ed Davey MP".
const POST_NOMINALS = new Set(['td', 'mp', 'mep', 'mla', 'msp', 'qc', 'kc', 'obe', 'mbe', 'cbe', 'phd'])
const CAPITALS_ONLY = /^[A-Z]+$/

const CURRENCIES = new Set(['dollar', 'dollars', 'pound', 'pounds', 'euro', 'euros', 'yuan', 'renminbi', 'rouble', 'roubles', 'ruble', 'rubles', 'rupee', 'rupees', 'peso', 'pesos', 'franc', 'francs', 'dinar', 'dinars', 'riyal', 'riyals', 'lira', 'shekel', 'shekels', 'yen', 'reais', 'rand', 'naira', 'cedi', 'cedis', 'hryvnia', 'krona', 'kronor', 'krone'])

// Words that head the names of laws, agreements, plans and events when they end the name
// ("Paris Agreement", "Online Safety Bill", "G20 Summit") ...
const OTHER_LAST = new Set([
  'act', 'bill', 'law', 'amendment', 'agreement', 'accord', 'accords', 'convention', 'protocol', 'declaration', 'charter', 'treaty', 'pact',
  'plan', 'strategy', 'doctrine', 'summit', 'games', 'olympics', 'cup', 'prize', 'award', 'memorandum', 'resolution', 'directive',
  'exercise', 'dialogue', 'review', 'paper',
])
/**
 * Head words of agreements and laws that go on with what they are about: "Convention on the Law of
 * the Sea", "Joint Comprehensive Plan of Action", "Declaration of Independence" (not "Fourth
 * Amendment on …", "Summit of …").
 */
export const ABOUT_HEADS: ReadonlySet<string> = new Set([
  'convention', 'treaty', 'agreement', 'declaration', 'protocol', 'pact', 'accord', 'accords', 'memorandum', 'resolution',
  'directive', 'charter', 'law', 'plan', 'strategy',
])
// ... or open it ("Exercise Spring Storm", "Operation Iron Swords", "Pact on Migration and Asylum").
const OTHER_FIRST = new Set(['exercise', 'operation', 'pact', 'treaty', 'convention', 'protocol'])
// Words that end the names of non-state armed groups ("Sinaloa Cartel", "Popular Mobilisation Militias").
const GROUP_LAST = new Set(['cartel', 'militia', 'militias', 'rebels', 'insurgents', 'guerrillas', 'mujahideen', 'mujahedeen', 'jihad'])
// Words that end the names of places and facilities ("Senkaku Islands", "Kenyatta Avenue", "Planalto Palace").
const PLACE_LAST = new Set([
  'island', 'islands', 'shoal', 'shoals', 'reef', 'sea', 'ocean', 'river', 'lake', 'mountain', 'mountains', 'hills', 'valley',
  'desert', 'peninsula', 'bay', 'strait', 'straits', 'canal', 'coast', 'avenue', 'street', 'road', 'highway', 'square',
  'plaza', 'palace', 'bridge', 'airport', 'port', 'harbour', 'harbor', 'park', 'province', 'county', 'district', 'oblast',
  'governorate', 'prefecture', 'region', 'territory', 'city', 'town', 'village', 'camp', 'crossing', 'border', 'dam',
  // "Salisbury Plain", "Great Plains", "Deccan Plateau".
  'plain', 'plains', 'plateau',
])

const CONTRACTION = /^(\p{L}+)['’](?:ve|re|ll|d|m|s|t)$/u
const ORDINAL_TEXT = /^\d+(?:st|nd|rd|th)$/

// The low byte of a word's number holds its token classes (see token-classes.ts); the facts start above it.
/** The key is a function word ({@link FUNCTION_WORDS}). */
export const FUNCTION_WORD = 1 << 8
/** The key is a function word or one contracted: "They've", "I'm", "It's". */
export const FUNCTION_OR_CONTRACTION = 1 << 9
/** The key is a month's name or abbreviation. */
export const MONTH = 1 << 10
/** The key is a weekday. */
export const WEEKDAY = 1 << 11
/** The key makes a month after it a date: "in", "since", "early". */
export const DATE_LEAD = 1 << 12
/** The key is a title or part of one ("president", "gen", "secretary-general", "foreign"). */
export const TITLE = 1 << 13
/** The key is a title word that only modifies the title after it ("foreign", "vice"). */
export const TITLE_MODIFIER = 1 << 14
/** The key is a word of organisation names, describing words included ("national", "ministry"). */
export const ORGANISATION_WORD = 1 << 15
/** The key heads organisation names ("ministry", "party", "council"): not a describing word. */
export const ORGANISATION_HEAD = 1 << 16
/** The key is a small word that may sit inside a name ({@link JOINERS}). */
export const JOINER = 1 << 17
/** The text itself is one of the {@link JOINERS}. */
export const JOINER_TEXT = 1 << 18
/** The text itself is one of the {@link ORGANISATION_JOINERS}. */
export const ORGANISATION_JOINER_TEXT = 1 << 19
/** The key names what an office is for ("foreign", "affairs", "state"). */
export const OFFICE_DOMAIN = 1 << 20
/** An honour written after a name, in capitals ("MP", "TD"). */
export const POST_NOMINAL = 1 << 21
/** The key is an ordinary English word, as the knowledge base's lexicon knows it. */
export const COMMON_WORD = 1 << 22
/** The key names a currency ("dollars", "euro"). */
export const CURRENCY = 1 << 23
/** The text is an ordinal number: "21st". */
export const ORDINAL = 1 << 24
/** A word or number with this text may start a name in the knowledge base ("NATO", "al-Assad"). */
export const NAME_START = 1 << 25
/** The text is an opening bracket, "(". */
export const OPEN_BRACKET = 1 << 26
/** The text is a closing bracket, ")". */
export const CLOSE_BRACKET = 1 << 27
/** The key opens the names of operations, treaties and pacts ("Operation Iron Swords"). */
export const OTHER_FIRST_WORD = 1 << 28
/** The bits, from {@link HEAD_SHIFT} up, of what the key makes a name it ends: one of the HEAD_ values. */
export const HEAD_SHIFT = 29
export const HEAD_NONE = 0
/** a law, an agreement, an event ("Paris Agreement") */
export const HEAD_OTHER = 1
/** an armed group ("Sinaloa Cartel") */
export const HEAD_GROUP = 2
/** a place or a building ("Senkaku Islands") */
export const HEAD_PLACE = 3

/** True for the key of a title or a part of one ("president", "gen", "secretary-general", "foreign"). */
export function isTitleKey(key: string): boolean {
  if (PERSON_TITLES.has(key) || EXTRA_TITLES.has(key)) return true
  if (!key.includes('-')) return false
  // "Commander-in-Chief", "Commanding-in-Chief": small words between titles.
  const parts = key.split('-')
  for (let k = 0; k < parts.length; k++) {
    const inside = k > 0 && k < parts.length - 1 && (parts[k] === 'in' || parts[k] === 'of' || parts[k] === 'at')
    if (!inside && !PERSON_TITLES.has(parts[k]) && !EXTRA_TITLES.has(parts[k])) return false
  }
  return true
}

/** True for a function word, also contracted: "They've", "I'm", "It's". */
function isFunctionOrContraction(key: string): boolean {
  if (FUNCTION_WORDS.has(key)) return true
  if (!key.includes("'")) return false
  const m = CONTRACTION.exec(key)
  return !!m && (FUNCTION_WORDS.has(m[1]) || m[1] === 'i' || m[1] === 'let' || m[1].endsWith('n'))
}

/** The facts of a word, from its text and its key; `isCommonWord` is the knowledge base's test of ordinary words. */
export function wordFacts(text: string, key: string, isCommonWord: (key: string) => boolean): number {
  let facts = 0
  if (FUNCTION_WORDS.has(key)) facts |= FUNCTION_WORD
  if (isFunctionOrContraction(key)) facts |= FUNCTION_OR_CONTRACTION
  if (MONTHS.has(key)) facts |= MONTH
  if (WEEKDAYS.has(key)) facts |= WEEKDAY
  if (DATE_LEAD_WORDS.has(key)) facts |= DATE_LEAD
  if (isTitleKey(key)) facts |= TITLE
  if (TITLE_MODIFIERS.has(key)) facts |= TITLE_MODIFIER
  if (ORGANISATION_WORDS.has(key)) facts |= DESCRIBING.has(key) ? ORGANISATION_WORD : ORGANISATION_WORD | ORGANISATION_HEAD
  else if (BODY_HEADS.has(key)) facts |= ORGANISATION_WORD | ORGANISATION_HEAD
  if (JOINERS.has(key)) facts |= JOINER
  if (JOINERS.has(text)) facts |= JOINER_TEXT
  if (ORGANISATION_JOINERS.has(text)) facts |= ORGANISATION_JOINER_TEXT
  if (OFFICE_DOMAINS.has(key)) facts |= OFFICE_DOMAIN
  if (POST_NOMINALS.has(key) && CAPITALS_ONLY.test(text)) facts |= POST_NOMINAL
  if (isCommonWord(key)) facts |= COMMON_WORD
  if (CURRENCIES.has(key)) facts |= CURRENCY
  if (ORDINAL_TEXT.test(text)) facts |= ORDINAL
  if (mayStartName(text)) facts |= NAME_START
  if (text === '(') facts |= OPEN_BRACKET
  if (text === ')') facts |= CLOSE_BRACKET
  if (OTHER_FIRST.has(key)) facts |= OTHER_FIRST_WORD
  const head = OTHER_LAST.has(key) ? HEAD_OTHER : GROUP_LAST.has(key) ? HEAD_GROUP : PLACE_LAST.has(key) ? HEAD_PLACE : HEAD_NONE
  facts |= head << HEAD_SHIFT
  return facts
}
