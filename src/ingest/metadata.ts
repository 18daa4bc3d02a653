import { findClosingDate, findDateline, findLabelledDate, type Dateline } from './dateline.ts'
import { readHeadline } from './headline.ts'
import { findClosingIssuer, findOpeningIssuer, issuerFromTitle } from './issuer.ts'
import { cleanIssuerName } from './organization-name.ts'
import { headLines, tailLines } from './text-lines.ts'

export type { Dateline } from './dateline.ts'

export interface TextMetadata {
  title: string | null
  issuer: string | null
  /** YYYY-MM-DD */
  published: string | null
  dateline: Dateline | null
}

/**
 * Reads a plain-text release's headline, issuer, publication date and dateline from its first and
 * last lines (a bounded amount of text, whatever the document's size). Each field is null rather
 * than a guess when the text does not say it plainly.
 *
 * @example
 * extractTextMetadata('Troops return home\n\nWARSAW, 5 May 2021 — The Ministry of National Defence said …\n\nIssued by the Press Office of the Ministry of National Defence')
 * // { title: 'Troops return home', issuer: 'Press Office of the Ministry of National Defence',
 * //   published: '2021-05-05', dateline: { place: 'WARSAW', date: '2021-05-05' } }
 */
export function extractTextMetadata(text: string): TextMetadata {
  const head = headLines(text)
  const tail = tailLines(text)
  const headline = readHeadline(head)
  const dateline = findDateline(head, headline.bodyStart)
  const published = dateline?.date ?? findLabelledDate(head.slice(0, 15)) ?? findLabelledDate(tail.slice(-10)) ?? findClosingDate(tail)
  const issuer = findClosingIssuer(tail)
    ?? issuerFromTitle(headline.title)
    ?? findOpeningIssuer(head, headline.bodyStart)
    ?? (headline.letterhead === null ? null : cleanIssuerName(headline.letterhead))
  return { title: headline.title, issuer, published, dateline }
}
