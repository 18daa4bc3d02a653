/**
 * Words that carry their own full stop in English news text, lower-cased and without the final stop.
 * Each list answers one question the tokenizer and the sentence splitter ask.
 */

/**
 * Titles and ranks come before a name, so their stop never ends a sentence ("Gen. Lee", "Dr. Jones").
 */
export const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'cdr',
  'brig', 'gov', 'sen', 'rep', 'reps', 'rev', 'hon', 'pres', 'amb', 'supt', 'insp', 'det', 'fr', 'sr', 'jr', 'st', 'mt', 'ft',
  'messrs', 'mme', 'mlle', 'esq', 'lieut', 'cmdt', 'rt', 'atty', 'gov-gen', 'sec-gen', 'cllr', 'dep',
])

/**
 * Company suffixes, country initials and clock times often stand at the end of a sentence
 * ("… in the U.S. The next day …"), so the splitter ends a sentence after them when a typical
 * sentence opener follows.
 */
export const FINAL_ABBREVIATIONS = new Set([
  'inc', 'ltd', 'co', 'corp', 'plc', 'llc', 'etc', 'bros', 'dept', 'govt', 'est', 'approx', 'a.m', 'p.m',
  'u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'd.c', 'u.s.s.r', 'bn', 'mln', 'mn', 'ag', 'sa', 'nv', 'gmbh', 'a.s',
])

/** Latin and reference abbreviations that sit inside a sentence ("e.g. this", "et al. found"). */
export const OTHER_ABBREVIATIONS = new Set([
  'vs', 'v', 'e.g', 'i.e', 'cf', 'al', 'approx', 'ca', 'viz', 'ibid', 'op', 'resp', 'nb', 'ps',
  'ave', 'blvd', 'rd', 'ste', 'apt', 'dist', 'div', 'incl', 'excl', 'dept', 'int', 'natl', 'intl', 'univ', 'assn',
])

/**
 * Abbreviations that are also ordinary words ("no", "art", "fig"), so they count only before a number:
 * "No. 5", "Art. 2", "p. 14", "tel. +48 …".
 */
export const NUMBER_ABBREVIATIONS = new Set([
  'no', 'nos', 'nr', 'art', 'arts', 'fig', 'figs', 'vol', 'vols', 'p', 'pp', 'para', 'paras', 'sec', 'secs', 'ch', 'tel',
  'ext', 'ref', 'par', 'pt', 'pts', 'ed', 'eds', 'chap', 'tab', 'fax', 'mob', 'ph',
])

/**
 * Month and weekday abbreviations are also words ("Sun", "Sat", "Mar", "Jan" as a name), so they count
 * only when capitalised and followed by a number or a comma: "Jan. 5", "Tues., Sept. 3".
 */
export const DATE_ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
])

/** True for a word that always carries its own stop (titles, company suffixes, Latin abbreviations). */
export function isKnownAbbreviation(lower: string): boolean {
  return TITLE_ABBREVIATIONS.has(lower) || FINAL_ABBREVIATIONS.has(lower) || OTHER_ABBREVIATIONS.has(lower)
}
