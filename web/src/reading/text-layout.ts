import { describeFindings, type DescribedFinding } from '../../../src/report/format/findings.ts'
import { segmentSpans, spansByRange, type Segment } from '../../../src/report/format/segments.ts'
import type { Report, SentenceFinding } from '../../../src/report/schema.ts'

/** A run of text to draw as one block: a sentence, or text between sentences that holds more than spaces. */
export interface TextBlock {
  start: number
  end: number
  sentence: SentenceFinding | null
  segments: Segment<DescribedFinding>[]
}

/** The document laid out for reading: paragraphs of blocks, each cut into segments at every finding boundary. */
export interface TextLayout {
  findings: DescribedFinding[]
  paragraphs: TextBlock[][]
}

function blockRanges(report: Report): { start: number; end: number; sentence: SentenceFinding | null }[] {
  const text = report.document.text
  const ranges: { start: number; end: number; sentence: SentenceFinding | null }[] = []
  let at = 0
  const gap = (from: number, to: number) => {
    if (to > from && text.slice(from, to).trim() !== '') ranges.push({ start: from, end: to, sentence: null })
  }
  for (const sentence of report.sentences) {
    gap(at, sentence.start)
    ranges.push({ start: sentence.start, end: sentence.end, sentence })
    at = Math.max(at, sentence.end)
  }
  gap(at, text.length)
  return ranges
}

/**
 * Lays a report out for the reading view: every sentence (and any text the sentences leave out)
 * becomes a block grouped by paragraph, and each block is cut into segments so that overlapping
 * findings can be drawn as flat pieces of text.
 */
export function layoutText(report: Report): TextLayout {
  const findings = describeFindings(report)
  const ranges = blockRanges(report)
  const touching = spansByRange(ranges, findings)
  const paragraphs: TextBlock[][] = []
  let lastParagraph: number | undefined
  ranges.forEach((range, i) => {
    const paragraph = range.sentence?.paragraph
    const text = report.document.text
    const breaksBefore = range.start > 0 && /\n[ \t]*\n/.test(text.slice(ranges[i - 1]?.end ?? 0, range.start))
    if (paragraphs.length === 0 || (paragraph !== undefined ? paragraph !== lastParagraph : breaksBefore)) paragraphs.push([])
    if (paragraph !== undefined) lastParagraph = paragraph
    paragraphs[paragraphs.length - 1].push({ ...range, segments: segmentSpans(range.start, range.end, touching[i]) })
  })
  return { findings, paragraphs }
}
