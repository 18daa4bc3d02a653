import { documentsPerSecond, megabytesPerSecond, type Measurement } from './measure.ts'

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MiB`

function pad(cells: string[], widths: number[]): string {
  return `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`
}

/** A Markdown table of measurements: throughput, time and memory, one row each. */
export function measurementTable(rows: readonly Measurement[]): string {
  const header = ['measure', 'MB/s', 'docs/s', 'seconds', 'peak RSS', 'peak heap']
  const body = rows.map((m) => [
    m.note ? `${m.label} (${m.note})` : m.label,
    megabytesPerSecond(m).toFixed(2),
    documentsPerSecond(m).toFixed(0),
    m.seconds.toFixed(2),
    mb(m.peakRss),
    mb(m.peakHeap),
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)))
  return [pad(header, widths), `|${widths.map((w, i) => (i === 0 ? '-' : '').padEnd(w + 1, '-') + (i === 0 ? '-' : ':')).join('|')}|`, ...body.map((r) => pad(r, widths))].join('\n')
}

/** "unspun is 12.3× faster than compromise" style ratio lines. */
export function ratioLine(subject: Measurement, other: Measurement): string {
  const ratio = megabytesPerSecond(subject) / megabytesPerSecond(other)
  const word = ratio >= 1 ? `${ratio.toFixed(1)}× the throughput of` : `${(1 / ratio).toFixed(1)}× slower than`
  return `${subject.label}: ${word} ${other.label}`
}
