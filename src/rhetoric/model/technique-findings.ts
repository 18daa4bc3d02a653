import type { Quote, Technique } from '../../report/schema.ts'
import { techniqueByPtc } from '../../report/techniques.ts'
import { speakerOf } from '../quote-speaker.ts'
import { explainTechnique } from './explanation.ts'
import { predictTechniques, type InferenceInput, type RhetoricModel } from './rhetoric-model.ts'

/** Words named in an explanation and in the cues, at most. */
const MAX_WORDS = 3

/**
 * The model's technique findings for a text: one per predicted span, with the most likely technique,
 * a calibrated confidence (chance the span is propaganda × chance the label is right), a one-sentence
 * explanation, the cues behind the call (the span's strongest words, the ids of lexicon cues inside
 * it, repetition) and the speaker of the quote that holds it.
 *
 * @example
 * techniqueFindings(model, { text, tokens, sentences, quotes: [] })[0]
 * // { technique: 'loaded_language', ptc: 'Loaded_Language', start, end, text, confidence: 0.21, explanation: '‘barbaric’ points to loaded language: …', cues: ['barbaric'], speaker: null }
 */
export function techniqueFindings(model: RhetoricModel, input: InferenceInput & { quotes?: readonly Quote[] }): Technique[] {
  const { text, quotes = [], cues = [] } = input
  return predictTechniques(model, input).map((call) => {
    const info = techniqueByPtc(call.ptc)
    if (!info) throw new Error(`The rhetoric model predicted '${call.ptc}', which is not a PTC label; re-create it with \`npm run train:rhetoric\`.`)
    const spanText = text.slice(call.start, call.end)
    const words = call.evidence.slice(0, MAX_WORDS).map((e) => e.text)
    // The cues: the words (lower case), the lexicon cues of this technique inside the span, repetition; each once.
    const found = new Set<string>()
    for (const w of words) found.add(w.toLowerCase())
    for (const c of cues) if (c.start >= call.start && c.end <= call.end && c.technique === info.id) found.add(c.cue)
    if (call.repeats >= 2) found.add(`repeated ×${call.repeats}`)
    return {
      technique: info.id,
      ptc: info.ptc,
      start: call.start,
      end: call.end,
      text: spanText,
      confidence: Math.round(call.spanConfidence * call.techniqueConfidence * 1000) / 1000,
      explanation: explainTechnique({ technique: info.id, words, repeats: call.repeats, text: spanText }),
      cues: [...found],
      speaker: speakerOf(quotes, call.start, call.end),
    }
  })
}
