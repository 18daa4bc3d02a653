/** A progress display for a batch of documents. */
export interface Progress {
  /** Counts finished documents. */
  advance(count?: number): void
  /** Sets (or corrects) how many documents the batch holds; null when unknown. */
  setTotal(total: number | null): void
  /** Clears the bar (on a terminal) and stops drawing. */
  stop(): void
}

export interface ProgressOptions {
  stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }
  total?: number | null
  /** what is counted; default 'documents' */
  noun?: string
  /** how often a plain line is written when the stream is not a terminal; default 2000 ms */
  lineIntervalMs?: number
  /** the clock, for tests */
  now?: () => number
}

/**
 * "1m 05s" style duration.
 *
 * @example
 * formatDuration(65) // '1m 05s'
 */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?'
  const s = Math.round(seconds)
  if (s < 60) return `${s}s`
  const m = Math.floor(s / 60)
  if (m < 60) return `${m}m ${String(s % 60).padStart(2, '0')}s`
  return `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, '0')}m`
}

/** The figures of a progress line: done/total, rate and time left. */
export function progressText(done: number, total: number | null, seconds: number, noun = 'documents'): string {
  const rate = seconds > 0 ? done / seconds : 0
  const count = total === null ? `${done.toLocaleString('en-US')} ${noun}` : `${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} ${noun}`
  const parts = [count, `${rate.toFixed(1)} docs/s`]
  if (total !== null && rate > 0 && done < total) parts.push(`ETA ${formatDuration((total - done) / rate)}`)
  return parts.join(' · ')
}

/**
 * Shows progress on a stream: a bar redrawn in place on a terminal, plain lines every few seconds
 * otherwise (logs, CI), so the output stays readable when it is not a terminal.
 *
 * @example
 * const progress = createProgress({ stream: process.stderr, total: 1000 })
 * progress.advance()
 * progress.stop()
 */
export function createProgress({ stream, total = null, noun = 'documents', lineIntervalMs = 2000, now = () => performance.now() }: ProgressOptions): Progress {
  const started = now()
  const tty = !!stream.isTTY
  let done = 0
  let known = total
  let lastDraw = -Infinity
  let stopped = false
  let drawn = false

  const draw = (force: boolean) => {
    if (stopped) return
    const t = now()
    if (!force && t - lastDraw < (tty ? 100 : lineIntervalMs)) return
    lastDraw = t
    const text = progressText(done, known, (t - started) / 1000, noun)
    if (!tty) {
      stream.write(`${text}\n`)
      return
    }
    const width = Math.max(10, Math.min(30, (stream.columns ?? 80) - text.length - 4))
    const filled = known ? Math.min(width, Math.round((done / Math.max(known, 1)) * width)) : 0
    const bar = known ? `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ` : ''
    stream.write(`\r\x1b[K${bar}${text}`)
    drawn = true
  }

  return {
    advance(count = 1) {
      done += count
      draw(false)
    },
    setTotal(value) {
      known = value
    },
    stop() {
      if (stopped) return
      if (!tty && done > 0) draw(true)
      if (tty && drawn) stream.write('\r\x1b[K')
      stopped = true
    },
  }
}
