import type { Quote, Technique } from '../../report/schema.ts'
import { techniqueByPtc } from '../../report/techniques.ts'
import { speakerOf } from '../quote-speaker.ts'
import type { Span } from '../../text/types.ts'
import { explainArguedSentence } from './explanation.ts'
import { classifySpans, type InferenceInput, type RhetoricModel } from './rhetoric-model.ts'
import { SENTENCE_EDGE, trimSpan } from './span-trim.ts'

/**
 * The share of opinion sentences without any other finding that hold a technique span of the
 * press-release gold set (gold/techniques, both splits: 17 of 30). `npm run eval -- techniques`
 * prints each split: dev 2 of 7, test 15 of 23. The dev split alone no longer measures it: the
 * constructions written from its errors now mark most of its argued sentences that hold a technique,
 * so the ones left there are mostly those that hold none. This figure only scales confidences; it
 * moves no span and no score of the eval. In the PTC news articles the share is far lower (about 1
 * in 10), so the confidence is written for the press releases and statements unspun reads.
 */
export const ARGUED_SENTENCE_PRECISION = 0.57

/** Words named in the explanation and the cues, at most. */
const MAX_WORDS = 3

/**
 * Findings for the argued sentences (the spans of the sentences whose function is `opinion`, in text
 * order) that no span finding touches: an opinion sentence argues, and in a press release such a
 * sentence nearly always uses some technique even when no single word or construction gives it away
 * ("This shows a failure of political will, not a technical one."). The whole sentence is the
 * span; the technique classifier, reading it whole, names the technique. The confidence is the
 * measured share of such sentences that hold a technique (`ARGUED_SENTENCE_PRECISION`) times the
 * classifier's calibrated confidence in the label.
 *
 * @example
 * arguedSentenceFindings(model, input, opinionSentences, techniques)
 * // [{ technique: 'exaggeration', text: 'This shows a failure of political will, not a technical one', cues: ['argued sentence', …], … }]
 */
export function arguedSentenceFindings(model: RhetoricModel, input: InferenceInput & { quotes?: readonly Quote[] }, argued: readonly Span[], found: readonly Technique[]): Technique[] {
  const touches = (s: Span) => found.some((t) => t.start < s.end && s.start < t.end)
  const spans: Span[] = []
  for (const sentence of argued) {
    const span = touches(sentence) ? null : trimSpan(input.text, sentence, SENTENCE_EDGE)
    if (span) spans.push(span)
  }
  if (spans.length === 0) return []
  return classifySpans(model, input, spans).map((call) => {
    const info = techniqueByPtc(call.ptc)
    if (!info) throw new Error(`The rhetoric model predicted '${call.ptc}', which is not a PTC label; re-create it with \`npm run train:rhetoric\`.`)
    const words = call.evidence.slice(0, MAX_WORDS).map((e) => e.text)
    return {
      technique: info.id,
      ptc: info.ptc,
      start: call.start,
      end: call.end,
      text: input.text.slice(call.start, call.end),
      confidence: Math.round(ARGUED_SENTENCE_PRECISION * call.techniqueConfidence * 1000) / 1000,
      explanation: explainArguedSentence(info.id, words),
      cues: ['argued sentence', ...words.map((w) => w.toLowerCase())],
      speaker: speakerOf(input.quotes ?? [], call.start, call.end),
    }
  })
}
