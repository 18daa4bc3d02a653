import type { Entity, Quote, Technique } from '../../report/schema.ts'
import { splitParagraphs } from '../../text/paragraphs.ts'
import { splitSentences } from '../../text/sentences.ts'
import type { Sentence, Token } from '../../text/types.ts'
import { ownWordIds, type WordIds } from '../../text/vocabulary.ts'
import type { CueMatch } from '../lexicon/compile.ts'
import { loadCueLexicon, type CueLexicon } from '../lexicon/cue-lexicon.ts'
import { DEFAULT_LEXICON_DIR } from '../lexicon/load.ts'
import { mergeTechniques } from '../merge.ts'
import { speakerOf } from '../quote-speaker.ts'
import { calibrationFrom, loadCalibration, type Calibration } from './calibration.ts'
import { lexiconFindings, splitTechnicalTerms } from './lexicon-findings.ts'
import { maximFindings } from './maxims.ts'
import { repetitionFindings } from './repetition-findings.ts'
import { loadRepetitionSettings, type RepetitionSettings } from './repetition-settings.ts'
import { sloganLineFindings } from './slogan-lines.ts'

/** Everything the rule-based technique detectors need, loaded once. */
export interface CueRules {
  readonly lexicon: CueLexicon
  readonly calibration: Calibration
  readonly repetition: RepetitionSettings
}

/** A document as the rules read it. Quotes give findings their speaker; entities keep names out of repetition. */
export interface CueInput {
  text: string
  tokens: readonly Token[]
  /** the sentences of the text; split from the tokens when not given */
  sentences?: readonly Sentence[]
  quotes?: readonly Quote[]
  entities?: readonly Entity[]
  /** the document's issuer: its name is one of the main entities repetition leaves out */
  issuer?: string | null
  /** the tokens' ids in the shared vocabulary (the engine's `ctx.words`); read into a vocabulary of their own when not given */
  words?: WordIds
  /** the lexicon's matches in the tokens, when the caller has them already */
  matches?: readonly CueMatch[]
}

/**
 * Findings below this confidence are not reported: a cue whose hits overlap a gold span of its
 * technique less than once in fifty (plain repeated words, for one) is noise to a reader. Weak but
 * real cues stay, at the low confidence that says how weak they are. The model still sees every
 * lexicon hit through `matchCues`.
 */
export const MIN_CONFIDENCE = 0.02

/**
 * Loads the lexicon, its calibration and the repetition settings from a lexicon folder.
 * `{ calibrated: false }` gives every cue its unmeasured prior, as the calibration itself needs.
 */
export function loadCueRules(dir: URL | string = DEFAULT_LEXICON_DIR, { calibrated = true }: { calibrated?: boolean } = {}): CueRules {
  return Object.freeze({
    lexicon: loadCueLexicon(dir),
    calibration: calibrated ? loadCalibration(dir) : calibrationFrom(null),
    repetition: loadRepetitionSettings(dir),
  })
}

/**
 * Every cue hit as a finding, one per hit, before overlapping findings are merged and weak ones
 * dropped. The calibration measures these.
 */
export function findCueHits(input: CueInput, rules: CueRules, { minConfidence = 0 }: { minConfidence?: number } = {}): Technique[] {
  const { text, tokens, quotes = [], entities = [], issuer = null } = input
  const sentences = input.sentences ?? splitSentences(text, tokens, splitParagraphs(text))
  const words = input.words ?? ownWordIds(tokens)
  const { cues, technical } = splitTechnicalTerms(tokens, input.matches ?? rules.lexicon.compiled.match(tokens, words))
  const findings = [
    ...lexiconFindings(text, tokens, sentences, cues, rules.calibration),
    ...repetitionFindings(text, tokens, rules.repetition, rules.calibration, { entities, issuer, matches: cues, technical, words, minConfidence }),
    ...sloganLineFindings(text, tokens, sentences, rules.calibration),
    ...maximFindings(text, tokens, sentences, rules.calibration),
  ]
  for (const f of findings) f.speaker = speakerOf(quotes, f.start, f.end)
  return findings
}

/**
 * The rule-based technique findings of a document: lexicon cues, short exclamations, maxim shapes and repetition, one finding per
 * technique and overlapping span (the most confident, with the cues of all), without those under
 * `minConfidence`.
 *
 * @example
 * const rules = loadCueRules()
 * findCueTechniques({ text, tokens: tokenize(text) }, rules)
 */
export function findCueTechniques(input: CueInput, rules: CueRules, { minConfidence = MIN_CONFIDENCE }: { minConfidence?: number } = {}): Technique[] {
  const hits = findCueHits(input, rules, { minConfidence }).filter((f) => f.confidence >= minConfidence)
  return mergeTechniques(hits, [])
}
