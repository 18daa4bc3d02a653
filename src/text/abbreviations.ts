/** Words that carry their own full stop in English news text. Lower-cased, without the stop. */
export const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'cdr',
  'brig', 'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'amb', 'supt', 'insp', 'det', 'fr', 'sr', 'jr', 'st', 'mt', 'ft',
  'messrs', 'mme', 'mlle', 'esq', 'lieut', 'gen', 'cmdt', 'rt',
])

/** Abbreviations that may also end a sentence ("… in the U.S. The next day …"). */
export const FINAL_ABBREVIATIONS = new Set([
  'inc', 'ltd', 'co', 'corp', 'plc', 'llc', 'etc', 'bros', 'dept', 'govt', 'est', 'approx', 'a.m', 'p.m',
  'u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'd.c',
])

export const OTHER_ABBREVIATIONS = new Set([
  'no', 'nos', 'vs', 'v', 'e.g', 'i.e', 'cf', 'al', 'fig', 'vol', 'art', 'para', 'sec', 'ch', 'pp', 'p', 'ed', 'eds',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'approx', 'ca', 'viz', 'ibid', 'op',
  'ave', 'blvd', 'rd', 'ste', 'apt', 'dist', 'div', 'bn', 'mln', 'min', 'max', 'tel', 'ext', 'ref', 'incl',
])

export function isKnownAbbreviation(lower: string): boolean {
  return TITLE_ABBREVIATIONS.has(lower) || FINAL_ABBREVIATIONS.has(lower) || OTHER_ABBREVIATIONS.has(lower)
}
