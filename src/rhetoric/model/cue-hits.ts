import type { TechniqueId } from '../../report/schema.ts'
import type { Token } from '../../text/types.ts'

/**
 * A hit of a transparent cue (a lexicon word or a pattern) in a text, as a cue matcher returns it.
 * Models take such hits as extra features when a matcher is given; without one they do without.
 */
export interface CueHit {
  start: number
  end: number
  technique: TechniqueId
  cue: string
}

/** Finds cue hits in a text, e.g. a lexicon matcher's `matchCues`. */
export type CueMatcher = (text: string, tokens: readonly Token[]) => CueHit[]
