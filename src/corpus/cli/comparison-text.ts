import { printable } from '../../report/format/terminal-text.ts'
import { cameoRootName } from '../cameo-roots.ts'
import type { ClusterComparison, SourceAccount } from '../cluster-comparison.ts'

const MIN_COLUMN = 32
const GAP = ' │ '

function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of printable(text).split(/\s+/).filter((w) => w.length > 0)) {
    for (let piece = word; piece.length > 0; ) {
      const room = line ? width - line.length - 1 : width
      if (piece.length <= room) {
        line = line ? `${line} ${piece}` : piece
        piece = ''
      } else if (line) {
        lines.push(line)
        line = ''
      } else {
        lines.push(piece.slice(0, width))
        piece = piece.slice(width)
      }
    }
  }
  if (line) lines.push(line)
  return lines
}

// A direct quote keeps its own marks when it has them.
const quoted = (text: string, direct: boolean) => (direct && !/^["“‘'«„]/.test(text) ? `“${text}”` : text)

const bullets = (items: string[], width: number, none: string) =>
  items.length === 0 ? [none] : items.flatMap((item) => wrap(item, width - 2).map((l, i) => (i === 0 ? `• ${l}` : `  ${l}`)))

/** The sections of one source's account, each a list of lines at most `width` wide. */
function sections(account: SourceAccount, width: number): string[][] {
  const d = account.document
  return [
    [...wrap(d.issuer ?? 'unknown issuer', width), ...wrap(`${d.published ?? 'undated'} · ${d.id}`, width), ...(d.title ? wrap(d.title, width) : [])],
    ['What happened', ...bullets(account.events.map((e) => `${e.date}: ${e.text}`), width, '–')],
    ['Numbers', ...bullets(account.numbers.map((n) => n.text), width, 'none')],
    ['Quotes', ...bullets(account.quotes.map((q) => `${quoted(q.text, q.direct)} — ${q.speaker ?? 'unattributed'}`), width, 'none')],
    ['Techniques', ...bullets(account.techniques.map((t) => `${t.technique} ×${t.count}${t.examples[0] ? `: “${t.examples[0]}”` : ''}`), width, 'none')],
  ]
}

/**
 * A cluster comparison for a terminal: the sources side by side in columns when the width allows
 * columns of at least 32 characters, else one after the other.
 */
export function formatComparison(comparison: ClusterComparison, width = 120): string {
  const c = comparison.cluster
  const head = [
    `Cluster ${c.id}: ${c.cameo} ${cameoRootName(c.root)}${c.locationName ? ` in ${c.locationName}` : ''}, ${c.from === c.to ? c.from : `${c.from} to ${c.to}`}`,
    `${c.documents} sources${c.partyNames.length > 0 ? `; shared actors: ${c.partyNames.join(', ')}` : ''}`,
    '',
  ]
  const n = comparison.sources.length
  const columnWidth = Math.floor((width - GAP.length * (n - 1)) / Math.max(n, 1))
  if (n === 0) return `${head.join('\n')}No stored report remains for this cluster.\n`
  if (columnWidth < MIN_COLUMN) {
    const blocks = comparison.sources.map((s) => sections(s, Math.min(width, 100)).map((lines) => lines.join('\n')).join('\n\n'))
    return `${head.join('\n')}${blocks.join(`\n\n${'─'.repeat(Math.min(width, 100))}\n\n`)}\n`
  }
  const columns = comparison.sources.map((s) => sections(s, columnWidth))
  const out = [...head]
  for (let section = 0; section < columns[0].length; section++) {
    const height = Math.max(...columns.map((col) => col[section].length))
    for (let row = 0; row < height; row++) out.push(columns.map((col) => (col[section][row] ?? '').padEnd(columnWidth)).join(GAP).trimEnd())
    out.push(columns.map(() => ' '.repeat(columnWidth)).join(GAP).trimEnd())
  }
  return `${out.join('\n').trimEnd()}\n`
}
