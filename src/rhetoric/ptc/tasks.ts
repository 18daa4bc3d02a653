import { PTC_LABELS } from '../../report/techniques.ts'
import { splitParagraphs, splitSentences } from '../../text/sentences.ts'
import { tokenize } from '../../text/tokenize.ts'
import type { CueMatcher } from '../model/cue-hits.ts'
import { classifySpans, predictTechniques, type InferenceInput, type RhetoricModel } from '../model/rhetoric-model.ts'
import { offsetConverter } from './code-points.ts'
import type { PtcLabel, PtcTechniqueLabel } from './labels.ts'
import { mergeSpans } from './score-si.ts'

/** A problem with the task input (a template naming an unknown article, offsets outside it). */
export class PtcInputError extends Error {
  override name = 'PtcInputError'
}

function inferenceInput(text: string, cueMatcher?: CueMatcher): InferenceInput {
  const tokens = tokenize(text)
  return { text, tokens, sentences: splitSentences(text, tokens, splitParagraphs(text)), cues: cueMatcher ? cueMatcher(text, tokens) : [] }
}

/**
 * Span identification over PTC articles: for each article (in id order), the predicted propaganda
 * spans, overlapping ones merged, as code-point offsets (what the PTC scorer reads).
 *
 * @example
 * formatSiLabels(identifySpans(readPtcArticles('test-articles'), loadRhetoricModel()))
 */
export function identifySpans(articles: ReadonlyMap<string, string>, model: RhetoricModel, cueMatcher?: CueMatcher): PtcLabel[] {
  const out: PtcLabel[] = []
  for (const id of [...articles.keys()].sort()) {
    const text = articles.get(id)!
    const at = offsetConverter(text)
    const spans = mergeSpans(predictTechniques(model, inferenceInput(text, cueMatcher)))
    for (const s of spans) out.push({ article: id, start: at.toCodePoint(s.start), end: at.toCodePoint(s.end) })
  }
  return out
}

/**
 * Technique classification of the spans a PTC template lists: one of the 14 labels per template line,
 * in template order. A span listed k times (it carries k gold labels) gets the k most likely
 * labels, most likely first. Offsets are code points in and out.
 *
 * @example
 * formatTcLabels(classifyTemplate(articles, parseTcTemplate(template), loadRhetoricModel()))
 */
export function classifyTemplate(articles: ReadonlyMap<string, string>, template: readonly PtcLabel[], model: RhetoricModel, cueMatcher?: CueMatcher): PtcTechniqueLabel[] {
  const byArticle = new Map<string, number[]>()
  template.forEach((line, i) => {
    if (!articles.has(line.article)) throw new PtcInputError(`template line ${i + 1} names article ${line.article}, but there is no article${line.article}.txt`)
    const lines = byArticle.get(line.article)
    if (lines) lines.push(i)
    else byArticle.set(line.article, [i])
  })
  const out: PtcTechniqueLabel[] = new Array(template.length)
  for (const [id, lines] of byArticle) {
    const text = articles.get(id)!
    const at = offsetConverter(text)
    const spans = lines.map((i) => {
      const { start, end } = template[i]
      if (end > at.codePoints) throw new PtcInputError(`template line ${i + 1}: span ${start}–${end} runs past the end of article ${id} (${at.codePoints} code points)`)
      return { start: at.toUtf16(start), end: at.toUtf16(end) }
    })
    const calls = classifySpans(model, inferenceInput(text, cueMatcher), spans)
    const seen = new Map<string, number>()
    lines.forEach((i, k) => {
      const key = `${template[i].start}:${template[i].end}`
      const rank = seen.get(key) ?? 0
      seen.set(key, rank + 1)
      const ranking = calls[k].ranking
      out[i] = { ...template[i], technique: labelAt(ranking, rank) }
    })
  }
  return out
}

function labelAt(ranking: readonly number[], rank: number): string {
  return PTC_LABELS[ranking[Math.min(rank, ranking.length - 1)]]
}
