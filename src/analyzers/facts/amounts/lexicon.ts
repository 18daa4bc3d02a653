import type { Amount } from '../../../report/schema.ts'
import { lookupTable } from './lookup-table.ts'

export type Qualifier = NonNullable<Amount['qualifier']>

/** Phrases right before a number that bound it, longest first within each qualifier. */
export const QUALIFIER_PHRASES: ReadonlyArray<readonly [string, Qualifier]> = [
  ['more than', 'more_than'], ['over', 'more_than'], ['in excess of', 'more_than'], ['upwards of', 'more_than'], ['above', 'more_than'],
  ['just over', 'more_than'], ['well over', 'more_than'], ['well above', 'more_than'],
  ['at least', 'at_least'], ['no fewer than', 'at_least'], ['no less than', 'at_least'], ['not less than', 'at_least'], ['a minimum of', 'at_least'],
  ['about', 'about'], ['around', 'about'], ['approximately', 'about'], ['approx.', 'about'], ['some', 'about'], ['roughly', 'about'],
  ['an estimated', 'about'], ['estimated', 'about'], ['circa', 'about'], ['an approximate', 'about'], ['almost exactly', 'about'],
  ['up to', 'up_to'], ['as many as', 'up_to'], ['as much as', 'up_to'],
  ['nearly', 'nearly'], ['almost', 'nearly'], ['close to', 'nearly'], ['just shy of', 'nearly'],
  ['fewer than', 'less_than'], ['less than', 'less_than'], ['under', 'less_than'], ['below', 'less_than'], ['just under', 'less_than'],
  ['at most', 'at_most'], ['no more than', 'at_most'], ['not more than', 'at_most'], ['a maximum of', 'at_most'],
]
export const QUALIFIERS = new Map(QUALIFIER_PHRASES)

/** Currency signs written before a number, by ISO 4217 code. */
export const CURRENCY_SIGNS = lookupTable({
  $: 'USD', 'US$': 'USD', 'U.S.$': 'USD', 'A$': 'AUD', 'C$': 'CAD', 'HK$': 'HKD', 'NZ$': 'NZD', 'R$': 'BRL', 'S$': 'SGD',
  '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₽': 'RUB', '₴': 'UAH', '₺': 'TRY', '₩': 'KRW', '₪': 'ILS',
  // Signs made of letters, written glued or apart: "GH¢61.2 billion", "Rs 1.2 lakh crore", "KSh 2.7 trillion".
  'GH¢': 'GHS', '₵': 'GHS', '₦': 'NGN', Rs: 'INR', KSh: 'KES', Ksh: 'KES',
})
/** Currency codes written as words before or after a number ("USD 3 million", "3 million EUR"). */
export const CURRENCY_CODES = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'RUB', 'UAH', 'INR', 'CHF', 'CAD', 'AUD', 'PLN', 'TRY', 'SAR', 'AED', 'ILS', 'IRR', 'KRW', 'BRL', 'ZAR', 'SEK', 'NOK', 'DKK', 'CZK', 'HUF', 'NGN', 'EGP', 'PKR', 'BYN', 'KZT', 'GEL', 'AMD', 'AZN', 'MDL',
  'GHS', 'KES', 'MXN', 'HKD', 'SGD', 'NZD', 'BDT', 'LKR', 'IDR', 'PHP', 'THB', 'VND', 'MYR', 'TWD', 'ETB', 'XOF', 'XAF',
])
/** Currency names after a number; two-word names are looked up before one-word names. */
export const CURRENCY_WORDS = lookupTable({
  'us dollars': 'USD', 'u.s. dollars': 'USD', 'american dollars': 'USD', 'canadian dollars': 'CAD', 'australian dollars': 'AUD', 'hong kong dollars': 'HKD',
  'swiss francs': 'CHF', 'pounds sterling': 'GBP', 'british pounds': 'GBP', 'chinese yuan': 'CNY', 'japanese yen': 'JPY', 'indian rupees': 'INR', 'saudi riyals': 'SAR',
  'kenyan shillings': 'KES', 'mexican pesos': 'MXN', 'ghana cedis': 'GHS', 'brazilian reais': 'BRL',
  reais: 'BRL', cedis: 'GHS', rupiah: 'IDR', ringgit: 'MYR', baht: 'THB', dollars: 'USD', dollar: 'USD', euros: 'EUR', euro: 'EUR', pounds: 'GBP', sterling: 'GBP', yuan: 'CNY', renminbi: 'CNY', yen: 'JPY', roubles: 'RUB', rubles: 'RUB',
  rouble: 'RUB', ruble: 'RUB', hryvnias: 'UAH', hryvnia: 'UAH', hryvnas: 'UAH', rupees: 'INR', shekels: 'ILS', zlotys: 'PLN', zloty: 'PLN', lira: 'TRY', liras: 'TRY',
  riyals: 'SAR', dirhams: 'AED', rials: 'IRR', francs: 'CHF', rand: 'ZAR', naira: 'NGN', kronor: 'SEK', kroner: 'NOK',
})

/** Scale suffixes glued to digits ("40m", "2.5bn", "5k"). "m" means million only for money or counted things. */
export const SCALE_SUFFIXES = lookupTable({ k: 1e3, K: 1e3, m: 1e6, mn: 1e6, mln: 1e6, M: 1e6, bn: 1e9, b: 1e9, B: 1e9, tn: 1e12, trn: 1e12 })
/** Abbreviated scale words written apart ("2.5 bn", "40 mln"). */
export const SCALE_ABBREVIATIONS = lookupTable({ bn: 1e9, mn: 1e6, mln: 1e6, tn: 1e12, trn: 1e12, k: 1e3 })

/** Units of measure after a number, normalised to a symbol; two-word units are looked up first. */
export const MEASURE_UNITS = lookupTable({
  'square kilometres': 'km²', 'square kilometers': 'km²', 'sq km': 'km²', 'square miles': 'mi²', 'square metres': 'm²', 'square meters': 'm²',
  'nautical miles': 'nmi', 'metric tons': 't', 'metric tonnes': 't', 'cubic metres': 'm³', 'cubic meters': 'm³',
  km: 'km', kilometres: 'km', kilometers: 'km', kilometre: 'km', kilometer: 'km', 'km²': 'km²', km2: 'km²', m: 'm', metres: 'm', meters: 'm', metre: 'm', meter: 'm',
  cm: 'cm', mm: 'mm', mi: 'mi', miles: 'mi', mile: 'mi', ft: 'ft', feet: 'ft', foot: 'ft', ha: 'ha', hectares: 'ha', hectare: 'ha', acres: 'acre',
  kg: 'kg', kilograms: 'kg', kilogrammes: 'kg', kilogram: 'kg', g: 'g', grams: 'g', t: 't', tonnes: 't', tons: 't', tonne: 't', ton: 't', lb: 'lb', lbs: 'lb',
  l: 'l', litres: 'l', liters: 'l', litre: 'l', liter: 'l', barrels: 'bbl', bbl: 'bbl', bpd: 'bbl/d', mw: 'MW', gw: 'GW', kw: 'kW', mwh: 'MWh', gwh: 'GWh', twh: 'TWh', kwh: 'kWh',
  megawatts: 'MW', gigawatts: 'GW', kilowatts: 'kW', '°c': '°C', '°f': '°F', degrees: '°', knots: 'kn', 'km/h': 'km/h', mph: 'mph', bcm: 'bcm',
})
/** Unit suffixes glued to digits ("3.5km", "40km²", "500MW"). */
export const MEASURE_SUFFIXES = lookupTable({
  km: 'km', 'km²': 'km²', km2: 'km²', m: 'm', cm: 'cm', mm: 'mm', mi: 'mi', ft: 'ft', ha: 'ha', kg: 'kg', t: 't', MW: 'MW', GW: 'GW', kW: 'kW', MWh: 'MWh', GWh: 'GWh', TWh: 'TWh', kWh: 'kWh', bcm: 'bcm',
})
/** Durations: counted time units, kind 'measure'. Followed by "ago" they are dates, not amounts. */
export const TIME_UNITS = new Set(['second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'fortnight', 'fortnights', 'month', 'months', 'year', 'years', 'decade', 'decades', 'century', 'centuries'])
// Only "ago" and "hence" count from the day of publication; "five days after the vote", "a year earlier"
// count from another time in the text, so they stay durations.
export const RELATIVE_TIME_AFTER = new Set(['ago', 'hence'])

export const PERCENT_WORDS = lookupTable({ 'per cent': '%', percent: '%', pct: '%', 'percentage points': 'percentage points', 'percentage point': 'percentage points' })

/** Words before a number that make it a label, not a quantity: "Resolution 2254", "Article 5", "page 3". */
export const DESIGNATORS = new Set([
  'resolution', 'resolutions', 'res', 'article', 'articles', 'art', 'section', 'sec', 'chapter', 'paragraph', 'para', 'clause', 'decree', 'law', 'order', 'protocol',
  'page', 'pages', 'p', 'pp', 'rule', 'amendment', 'item', 'annex', 'appendix', 'point', 'no', 'nos', 'number', 'vol', 'volume', 'flight', 'route', 'highway', 'road',
  'room', 'building', 'platform', 'gate', 'line', 'session', 'figure', 'fig', 'table', 'part', 'stage', 'phase', 'level', 'round', 'category', 'class', 'grade',
  'block', 'lot', 'case', 'file', 'ref', 'reference', 'code', 'version', 'v', 'ward', 'zone', 'sector', 'hill', 'tel', 'phone', 'telephone', 'fax', 'mobile', 'hotline',
  'ext', 'extension', 'box', 'id', 'bill', 'directive', 'regulation', 'act', 'convention', 'summit', 'election', 'elections', 'cop', 'g', 'model', 'type', 'mark', 'series',
  // ranks: "the top 10", "the bottom 20"
  'top', 'bottom',
])

/** Words that end a counted-noun phrase after a number. */
export const PHRASE_STOPS = new Set([
  'of', 'in', 'on', 'at', 'to', 'from', 'by', 'for', 'with', 'without', 'into', 'onto', 'across', 'near', 'since', 'during', 'after', 'before', 'over', 'under', 'between',
  'against', 'through', 'towards', 'toward', 'via', 'per', 'than', 'as', 'like', 'about', 'around', 'and', 'or', 'but', 'nor', 'so', 'yet', 'if', 'while', 'when', 'where',
  'who', 'whom', 'whose', 'which', 'that', 'this', 'these', 'those', 'the', 'a', 'an', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does',
  'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'it', 'its', 'they', 'them', 'their', 'he', 'she', 'we', 'you', 'i', 'his', 'her',
  'our', 'your', 'my', 'not', 'no', 'also', 'each', 'every', 'all', 'both', 'most', 'less', 'fewer', 'some', 'any', 'another', 'such', 'only', 'just',
  'still', 'already', 'now', 'then', 'there', 'here', 'out', 'up', 'down', 'off', 'away', 'back', 'again', 'ago', 'later', 'earlier', 'today', 'yesterday', 'tomorrow',
  'said', 'says', 'say', 'told', 'reported', 'according', 'wrote', 'came', 'went', 'left', 'took', 'gave', 'made', 'got', 'saw', 'fled', 'met', 'held',
  'sent', 'spoke', 'stood', 'remain', 'remains', 'remained', 'died', 'lay', 'ran', 'fell', 'rose', 'won', 'lost', 'hit', 'shot', 'including', 'included', 'among', 'within', 'along', 'beyond', 'times', 'percent', 'whereas', 'whilst', 'what',
])
/** Plural nouns that do not end in -s. */
export const IRREGULAR_PLURALS = new Set([
  'people', 'persons', 'personnel', 'aircraft', 'police', 'staff', 'children', 'men', 'women', 'troops', 'military', 'crew', 'cattle', 'livestock', 'sheep', 'fish',
  'deer', 'youth', 'clergy', 'infantry', 'artillery', 'militia', 'spacecraft', 'watercraft', 'hovercraft', 'offspring', 'folk', 'feet', 'teeth', 'mice', 'geese', 'data',
  'media', 'criteria', 'phenomena', 'dead', 'wounded', 'injured', 'missing', 'killed', 'displaced', 'detained', 'arrested', 'homeless', 'elderly', 'faithful',
  // -men plurals of people, common in defence and security news
  'servicemen', 'servicewomen', 'airmen', 'seamen', 'crewmen', 'gunmen', 'militiamen', 'riflemen', 'infantrymen', 'guardsmen', 'marksmen',
  'policemen', 'policewomen', 'firemen', 'fishermen', 'tribesmen', 'clansmen', 'horsemen', 'countrymen', 'spokesmen', 'statesmen',
  'congressmen', 'congresswomen', 'workmen', 'cameramen',
])
/** Adjectives ending in -s, so not plural heads. */
export const S_ADJECTIVES = new Set(['various', 'numerous', 'previous', 'serious', 'dangerous', 'famous', 'religious', 'anonymous', 'enormous', 'tremendous', 'continuous', 'indigenous', 'autonomous', 'analogous', 'hazardous', 'miscellaneous', 'us', 'its', 'this', 'his', 'was', 'is', 'has', 'plus', 'thus', 'less', 'unless', 'across'])

export const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'each', 'every'])
