import { PTC_LABELS } from '../../report/techniques.ts'

/** One line of a PTC labels file. Offsets count Unicode code points, end exclusive, as PTC writes them. */
export interface PtcLabel {
  article: string
  start: number
  end: number
}

export interface PtcTechniqueLabel extends PtcLabel {
  technique: string
}

const KNOWN_LABELS = new Set(PTC_LABELS)

function lines(content: string): Array<{ line: string; number: number }> {
  const out: Array<{ line: string; number: number }> = []
  content.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() !== '') out.push({ line, number: i + 1 })
  })
  return out
}

function offsets(start: string, end: string, where: string): { start: number; end: number } {
  const s = Number(start)
  const e = Number(end)
  if (!/^\d+$/.test(start.trim()) || !/^\d+$/.test(end.trim()) || !(e > s)) {
    throw new Error(`${where}: expected start and end offsets with start < end, got '${start}' and '${end}'`)
  }
  return { start: s, end: e }
}

/**
 * Parses span-identification labels: lines `ID<TAB>start<TAB>end`.
 *
 * @example
 * parseSiLabels('111\t10\t20\n') // [{ article: '111', start: 10, end: 20 }]
 */
export function parseSiLabels(content: string, source = 'labels'): PtcLabel[] {
  return lines(content).map(({ line, number }) => {
    const cols = line.split('\t')
    const where = `${source}:${number}`
    if (cols.length < 3) throw new Error(`${where}: expected 'ID<TAB>start<TAB>end', got ${JSON.stringify(line.slice(0, 60))}`)
    return { article: cols[0].trim(), ...offsets(cols[1], cols[2], where) }
  })
}

/**
 * Parses technique labels: lines `ID<TAB>Technique<TAB>start<TAB>end`, the technique one of the 14 PTC labels.
 *
 * @example
 * parseTcLabels('111\tDoubt\t10\t20\n') // [{ article: '111', technique: 'Doubt', start: 10, end: 20 }]
 */
export function parseTcLabels(content: string, source = 'labels'): PtcTechniqueLabel[] {
  return lines(content).map(({ line, number }) => {
    const cols = line.split('\t')
    const where = `${source}:${number}`
    if (cols.length < 4) throw new Error(`${where}: expected 'ID<TAB>Technique<TAB>start<TAB>end', got ${JSON.stringify(line.slice(0, 60))}`)
    const technique = cols[1].trim()
    if (!KNOWN_LABELS.has(technique)) throw new Error(`${where}: unknown technique '${technique}'; expected one of ${PTC_LABELS.join(', ')}`)
    return { article: cols[0].trim(), technique, ...offsets(cols[2], cols[3], where) }
  })
}

/**
 * Parses a technique-classification template: lines `ID<TAB>anything<TAB>start<TAB>end` (the second
 * column is usually `?`), in file order.
 */
export function parseTcTemplate(content: string, source = 'template'): PtcLabel[] {
  return lines(content).map(({ line, number }) => {
    const cols = line.split('\t')
    const where = `${source}:${number}`
    if (cols.length < 4) throw new Error(`${where}: expected 'ID<TAB>anything<TAB>start<TAB>end', got ${JSON.stringify(line.slice(0, 60))}`)
    return { article: cols[0].trim(), ...offsets(cols[2], cols[3], where) }
  })
}

/** Formats span-identification labels, one `ID<TAB>start<TAB>end` line each. */
export function formatSiLabels(labels: readonly PtcLabel[]): string {
  return labels.map((l) => `${l.article}\t${l.start}\t${l.end}\n`).join('')
}

/** Formats technique labels, one `ID<TAB>Technique<TAB>start<TAB>end` line each. */
export function formatTcLabels(labels: readonly PtcTechniqueLabel[]): string {
  return labels.map((l) => `${l.article}\t${l.technique}\t${l.start}\t${l.end}\n`).join('')
}
