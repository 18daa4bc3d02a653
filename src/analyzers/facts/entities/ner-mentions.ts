import type { Sentence, Token } from '../../../text/types.ts'
import type { NameRun } from './name-runs.ts'

/** What the entity finder needs of a named-entity tagger (src/ner's NerTagger fits). */
export interface NameTagger {
  tagWithScores(words: readonly string[]): { tags: readonly string[]; scores: readonly number[] }
}

/** A name the tagger found: tokens `start` to `end` of the document, its label and mean confidence. */
export interface TaggedName {
  start: number
  end: number
  label: string
  score: number
}

// Words of context on each side of a run: the tagger's features look two words each way.
const CONTEXT = 2
// Windows go to the tagger together, separated by a full stop, up to about this many words a call:
// one call costs far less than many small ones.
const BATCH_WORDS = 256
const SEPARATOR = '.'

/**
 * Tags only what needs tagging: a window of a few words around each run no cheaper rule could
 * type, the windows of many runs sent to the tagger in one call, each read as a sentence of its
 * own. Returns the tagged names that overlap a run, in document token indices.
 */
export function tagRuns(tagger: NameTagger, tokens: readonly Token[], sentences: readonly Sentence[], runs: readonly NameRun[]): TaggedName[] {
  const windows: [number, number][] = []
  let last: [number, number] | undefined
  let lastSentence = -1
  for (const run of runs) {
    const sentence = sentences[run.sentence]
    const from = Math.max(sentence.tokenStart, run.start - CONTEXT)
    const to = Math.min(sentence.tokenEnd, run.end + CONTEXT)
    if (last && lastSentence === run.sentence && from <= last[1]) last[1] = Math.max(last[1], to)
    else windows.push((last = [from, to]))
    lastSentence = run.sentence
  }
  const out: TaggedName[] = []
  const overlapsRun = runOverlap(runs)
  let k = 0
  while (k < windows.length) {
    const words: string[] = []
    // Where each window starts in `words`, so names come back to document positions.
    const starts: number[] = []
    const first = k
    for (; k < windows.length && (words.length === 0 || words.length + windows[k][1] - windows[k][0] < BATCH_WORDS); k++) {
      if (words.length > 0) words.push(SEPARATOR)
      starts.push(words.length)
      for (let t = windows[k][0]; t < windows[k][1]; t++) words.push(tokens[t].text)
    }
    const { tags, scores } = tagger.tagWithScores(words)
    let w = 0
    for (const name of decode(tags, scores)) {
      while (w + 1 < starts.length && starts[w + 1] <= name.start) w++
      const [from, to] = windows[first + w]
      const start = from + name.start - starts[w]
      const end = Math.min(to, from + name.end - starts[w])
      if (start >= to || end <= start) continue
      if (overlapsRun(start, end)) out.push({ start, end, label: name.label, score: name.score })
    }
  }
  return out
}

/** A test of whether tokens `start`..`end` overlap any of the runs, by binary search over the runs sorted by start. */
function runOverlap(runs: readonly NameRun[]): (start: number, end: number) => boolean {
  const sorted = [...runs].sort((a, b) => a.start - b.start)
  // furthest[k]: the furthest end among the first k + 1 runs by start.
  const furthest = new Int32Array(sorted.length)
  sorted.forEach((r, k) => (furthest[k] = Math.max(r.end, k > 0 ? furthest[k - 1] : r.end)))
  return (start, end) => {
    // The runs that start before `end`: the first `low` of them.
    let low = 0
    let high = sorted.length
    while (low < high) {
      const mid = (low + high) >> 1
      if (sorted[mid].start < end) low = mid + 1
      else high = mid
    }
    return low > 0 && furthest[low - 1] > start
  }
}

/** IOB2 tags to spans; an I- tag without its B- starts a span, as taggers' output is read. */
export function decode(tags: readonly string[], scores: readonly number[]): TaggedName[] {
  const out: TaggedName[] = []
  let current: { start: number; label: string; total: number } | null = null
  const close = (end: number) => {
    if (current) out.push({ start: current.start, end, label: current.label, score: current.total / (end - current.start) })
    current = null
  }
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]
    if (tag === 'O' || tag.length < 3) {
      close(i)
      continue
    }
    const label = tag.slice(2)
    if (tag.startsWith('B-') || !current || current.label !== label) {
      close(i)
      current = { start: i, label, total: 0 }
    }
    current.total += scores[i] ?? 0
  }
  close(tags.length)
  return out
}
