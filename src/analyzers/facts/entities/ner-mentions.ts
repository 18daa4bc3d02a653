import { firstStartingFrom } from '../../../text/token-search.ts'
import type { WordIds } from '../../../text/vocabulary.ts'
import type { DocumentWords } from './document-words.ts'
import type { NameRun } from './name-runs.ts'

/** What the entity finder needs of a named-entity tagger (src/ner's NerTagger fits). */
export interface NameTagger {
  /** `ids`, when given, are the words' ids in the shared vocabulary, for a tagger that keeps what it knows of a word by id. */
  tagWithScores(words: readonly string[], ids?: WordIds): { tags: readonly string[]; scores: readonly number[] }
  /** The same for words given by their ids in the shared vocabulary alone, when the tagger can read them so. */
  tagWordIds?(ids: WordIds): { tags: readonly string[]; scores: readonly number[] }
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
export function tagRuns(tagger: NameTagger, doc: DocumentWords, runs: readonly NameRun[]): TaggedName[] {
  const { tokens, sentences, words: documentIds } = doc
  const { vocabulary, generation } = documentIds
  const separator = vocabulary.id(SEPARATOR)
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
    // Where each window starts in the batch, so names come back to document positions.
    const starts: number[] = []
    const first = k
    let count = 0
    for (; k < windows.length && (count === 0 || count + windows[k][1] - windows[k][0] < BATCH_WORDS); k++) {
      if (count > 0) count++
      starts.push(count)
      count += windows[k][1] - windows[k][0]
    }
    const ids = new Int32Array(count)
    for (let w = first; w < k; w++) {
      const at = starts[w - first]
      if (at > 0) ids[at - 1] = separator
      ids.set(documentIds.ids.subarray(windows[w][0], windows[w][1]), at)
    }
    const batch: WordIds = { ids, vocabulary, generation }
    const { tags, scores } = tagger.tagWordIds ? tagger.tagWordIds(batch) : tagger.tagWithScores(wordsOf(batch, tokens, windows.slice(first, k), starts), batch)
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

// The texts of a batch: the windows' tokens, with the separator between windows.
function wordsOf(batch: WordIds, tokens: readonly { text: string }[], windows: readonly [number, number][], starts: readonly number[]): string[] {
  const words = new Array<string>(batch.ids.length).fill(SEPARATOR)
  windows.forEach(([from, to], w) => {
    for (let t = from; t < to; t++) words[starts[w] + t - from] = tokens[t].text
  })
  return words
}

/** A test of whether tokens `start`..`end` overlap any of the runs, by binary search over the runs sorted by start. */
function runOverlap(runs: readonly NameRun[]): (start: number, end: number) => boolean {
  const sorted = startsInOrder(runs) ? runs : [...runs].sort((a, b) => a.start - b.start)
  // furthest[k]: the furthest end among the first k + 1 runs by start.
  const furthest = new Int32Array(sorted.length)
  sorted.forEach((r, k) => (furthest[k] = Math.max(r.end, k > 0 ? furthest[k - 1] : r.end)))
  return (start, end) => {
    // The runs that start before `end`: the first `low` of them.
    const low = firstStartingFrom(sorted, end)
    return low > 0 && furthest[low - 1] > start
  }
}

function startsInOrder(runs: readonly NameRun[]): boolean {
  for (let k = 1; k < runs.length; k++) if (runs[k - 1].start > runs[k].start) return false
  return true
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
