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

/**
 * Tags only what needs tagging: a window of a few words around each run no cheaper rule could
 * type, or the whole sentence when the windows would cover most of it. Returns the tagged names
 * that overlap a run, in document token indices.
 */
export function tagRuns(tagger: NameTagger, tokens: readonly Token[], sentences: readonly Sentence[], runs: readonly NameRun[]): TaggedName[] {
  const out: TaggedName[] = []
  const bySentence = new Map<number, NameRun[]>()
  for (const run of runs) bySentence.set(run.sentence, [...(bySentence.get(run.sentence) ?? []), run])
  for (const [index, list] of bySentence) {
    const sentence = sentences[index]
    const windows: [number, number][] = []
    for (const run of list) {
      const from = Math.max(sentence.tokenStart, run.start - CONTEXT)
      const to = Math.min(sentence.tokenEnd, run.end + CONTEXT)
      const last = windows[windows.length - 1]
      if (last && from <= last[1]) last[1] = Math.max(last[1], to)
      else windows.push([from, to])
    }
    const covered = windows.reduce((n, [a, b]) => n + b - a, 0)
    const spans = covered > 0.6 * (sentence.tokenEnd - sentence.tokenStart) ? [[sentence.tokenStart, sentence.tokenEnd] as [number, number]] : windows
    for (const [from, to] of spans) {
      const words: string[] = []
      for (let k = from; k < to; k++) words.push(tokens[k].text)
      const { tags, scores } = tagger.tagWithScores(words)
      for (const name of decode(tags, scores)) {
        const start = from + name.start
        const end = from + name.end
        if (list.some((r) => start < r.end && end > r.start)) out.push({ start, end, label: name.label, score: name.score })
      }
    }
  }
  return out
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
