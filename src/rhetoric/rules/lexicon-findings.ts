import type { Technique } from '../../report/schema.ts'
import { techniqueById } from '../../report/techniques.ts'
import type { Token } from '../../text/types.ts'
import type { CueMatch } from '../lexicon/compile.ts'
import type { Calibration } from './calibration.ts'
import { clauseAround } from './clause.ts'
import { cueWords, explainCue } from './explain.ts'

/**
 * Turns lexicon matches into technique findings: the span is the cue words, or the clause around
 * them for constructions marked `extent: clause`; the confidence is the entry's calibrated precision.
 */
export function lexiconFindings(text: string, tokens: readonly Token[], matches: readonly CueMatch[], calibration: Calibration): Technique[] {
  return matches.map((m) => {
    const { entry } = m
    const [from, to] = entry.extent === 'clause' ? clauseAround(tokens, m.first, m.last) : [m.first, m.last]
    const start = tokens[from].start
    const end = tokens[to - 1].end
    return {
      technique: entry.technique,
      ptc: techniqueById(entry.technique).ptc,
      start,
      end,
      text: text.slice(start, end),
      confidence: calibration.confidence(entry),
      explanation: explainCue(entry.technique, cueWords(text, tokens, m.parts), entry.rationale ?? `listed in ${entry.source}`),
      cues: [entry.id],
      speaker: null,
    }
  })
}
