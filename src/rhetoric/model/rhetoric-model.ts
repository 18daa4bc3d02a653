import { PTC_LABELS } from '../../report/techniques.ts'
import type { Sentence, Span, Token } from '../../text/types.ts'
import type { WordIds } from '../../text/vocabulary.ts'
import { calibrate, type IsotonicCalibration } from './calibration.ts'
import type { CueHit } from './cue-hits.ts'
import { decodeSpans, type SpanDecoding } from './span-decoder.ts'
import { documentView } from './document-view.ts'
import { lexicalView, type LexicalView } from './lexical-view.ts'
import { spanContext, spanRepeats, tokenRange, wordFeatureBuckets, type SpanContext } from './span-features.ts'
import { tokenProbabilities, type SpanTagger } from './span-tagger.ts'
import { softmaxInPlace, techniqueScores, type TechniqueClassifier } from './technique-classifier.ts'

/** Everything inference needs: both models, the chosen decoding and both calibrations. */
export interface RhetoricModel {
  tagger: SpanTagger
  classifier: TechniqueClassifier
  decoding: SpanDecoding
  /** maps a span's mean token probability to the expected share of it inside a gold span */
  spanCalibration: IsotonicCalibration
  /** maps the classifier's top probability to the chance that the label is right */
  techniqueCalibration: IsotonicCalibration
  /** trained with lexicon cue hits as features: pass `cues` to inference for full accuracy */
  usesCues: boolean
}

/** A word of a span and how much it pushed the span towards the chosen technique. */
export interface WordEvidence {
  text: string
  start: number
  end: number
  weight: number
}

/** A technique label for a span, with calibrated confidences and the evidence behind it. */
export interface TechniqueCall extends Span {
  /** index into PTC_LABELS */
  label: number
  /** the PTC label */
  ptc: string
  /** calibrated chance that the label is right, given that the span is propaganda */
  techniqueConfidence: number
  /** the 14 probabilities, PTC_LABELS order */
  probabilities: Float64Array
  /** the span's words that raised the chosen label's score most and lean towards propaganda spans, strongest first */
  evidence: WordEvidence[]
  /** how often the span's wording occurs in the text */
  repeats: number
}

/** A predicted propaganda span with its technique. */
export interface PredictedTechnique extends TechniqueCall {
  /** calibrated expected share of the span inside a propaganda span */
  spanConfidence: number
}

/** Options of the inference functions. */
export interface InferenceInput {
  text: string
  tokens: readonly Token[]
  sentences: readonly Sentence[]
  /** cue hits from a lexicon matcher, used when the model was trained with them */
  cues?: readonly CueHit[]
  /** the tokens read with the tagger's word table and masking (`readWords`), when the caller has them already */
  lexical?: LexicalView
}

/** The least push towards the chosen label for a word to be named as evidence. */
const MIN_EVIDENCE = 0.1
/** The least log-odds of a word being inside a propaganda span for it to be named as evidence. */
const MIN_LEANING = 0.5

function evidenceFor(model: RhetoricModel, ctx: SpanContext, span: Span, label: number): WordEvidence[] {
  const { bits, classes, weights } = model.classifier.weights
  const { from, to } = tokenRange(ctx.tokens, span)
  const out: WordEvidence[] = []
  const seen = new Set<string>()
  for (let i = from; i < to; i++) {
    const t = ctx.tokens[i]
    if (t.kind !== 'word' || ctx.names[i]) continue
    // A word counts as evidence only when it also leans clearly towards propaganda spans in the
    // training text (log-odds): that keeps function words, which every span has, out of explanations.
    // The leaning, like the weight, is the same for every occurrence of a word, so it is checked first.
    const leaning = Math.max(ctx.odds.word[i], ctx.odds.phrase[i], ctx.odds.clause[i])
    if (leaning < MIN_LEANING) continue
    const key = t.text.toLowerCase()
    if (seen.has(key)) continue
    seen.add(key)
    let weight = 0
    for (const bucket of wordFeatureBuckets(bits, ctx, i)) {
      let mean = 0
      for (let c = 0; c < classes; c++) mean += weights[bucket * classes + c]
      weight += weights[bucket * classes + label] - mean / classes
    }
    if (weight > MIN_EVIDENCE) out.push({ text: t.text, start: t.start, end: t.end, weight: weight * Math.min(leaning, 2) })
  }
  return out.sort((a, b) => b.weight - a.weight || a.start - b.start)
}

/**
 * Labels given spans of a text with techniques: for each span, the labels ranked by probability.
 *
 * @example
 * classifySpans(model, { text, tokens, sentences }, [{ start: 0, end: 12 }])[0].ptc // e.g. 'Loaded_Language'
 */
export function classifySpans(model: RhetoricModel, input: InferenceInput, spans: readonly Span[]): Array<TechniqueCall & { ranking: number[] }> {
  const { classifier, tagger } = model
  // The tokens read for the tagger serve the classifier too when both read the same word table.
  const lexical = classifier.words === tagger.words && classifier.maskNames === tagger.maskNames ? input.lexical : undefined
  return classifyInContext(model, spanContext(input.text, documentView(input.tokens, input.sentences, classifier.words, classifier.maskNames, input.cues, lexical)), spans)
}

function classifyInContext(model: RhetoricModel, ctx: SpanContext, spans: readonly Span[]): Array<TechniqueCall & { ranking: number[] }> {
  const { classifier } = model
  const scores = techniqueScores(classifier, ctx, spans)
  const classes = PTC_LABELS.length
  return spans.map((span, k) => {
    softmaxInPlace(scores, k * classes, classes)
    const probabilities = scores.slice(k * classes, (k + 1) * classes)
    const ranking = PTC_LABELS.map((_, c) => c).sort((a, b) => probabilities[b] - probabilities[a] || a - b)
    const label = ranking[0]
    return {
      start: span.start,
      end: span.end,
      label,
      ptc: PTC_LABELS[label],
      techniqueConfidence: calibrate(model.techniqueCalibration, probabilities[label]),
      probabilities,
      ranking,
      evidence: evidenceFor(model, ctx, span, label),
      repeats: spanRepeats(ctx, span).total,
    }
  })
}

/**
 * Reads a text's tokens as the tagger does (word descriptions, names masked as it was trained), to
 * share with `predictTechniques` through `lexical`. `wordIds` are the tokens' ids in the shared
 * vocabulary when the caller has them (`ctx.words`).
 *
 * @example
 * const lexical = readWords(model, tokens, sentences, ctx.words)
 * predictTechniques(model, { text, tokens, sentences, lexical })
 */
export function readWords(model: RhetoricModel, tokens: readonly Token[], sentences: readonly Sentence[], wordIds?: WordIds): LexicalView {
  return lexicalView(tokens, sentences, model.tagger.words, model.tagger.maskNames, wordIds)
}

/**
 * Finds propaganda spans in a text and labels each with its most likely technique.
 *
 * @example
 * const found = predictTechniques(model, { text, tokens, sentences })
 * found.map((f) => [f.ptc, text.slice(f.start, f.end), f.spanConfidence])
 */
export function predictTechniques(model: RhetoricModel, input: InferenceInput): PredictedTechnique[] {
  const { tagger, classifier } = model
  const doc = documentView(input.tokens, input.sentences, tagger.words, tagger.maskNames, input.cues, input.lexical)
  const p = tokenProbabilities(tagger, doc)
  const spans = decodeSpans(input.text, input.tokens, input.sentences, p, model.decoding)
  if (spans.length === 0) return []
  // Both models read the same word table and name masking, so the classifier reuses the tagger's view.
  const shared = classifier.words === tagger.words && classifier.maskNames === tagger.maskNames
  const ctx = spanContext(input.text, shared ? doc : documentView(input.tokens, input.sentences, classifier.words, classifier.maskNames, input.cues))
  const calls = classifyInContext(model, ctx, spans)
  return calls.map((call, k) => {
    const { ranking: _ranking, ...rest } = call
    return { ...rest, spanConfidence: calibrate(model.spanCalibration, spans[k].score) }
  })
}
