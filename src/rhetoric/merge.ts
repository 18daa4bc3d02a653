import type { Technique } from '../report/schema.ts'

function overlaps(a: Technique, b: Technique): boolean {
  return a.start < b.end && b.start < a.end
}

/** Higher confidence first; ties broken by position and wording so the result never depends on input order. */
function strongerFirst(a: Technique, b: Technique): number {
  return (
    b.confidence - a.confidence ||
    a.start - b.start ||
    b.end - a.end ||
    (a.technique < b.technique ? -1 : a.technique > b.technique ? 1 : 0) ||
    (a.explanation < b.explanation ? -1 : a.explanation > b.explanation ? 1 : 0) ||
    (a.cues.join('\n') < b.cues.join('\n') ? -1 : a.cues.join('\n') > b.cues.join('\n') ? 1 : 0)
  )
}

/**
 * Merges two lists of technique findings (say, a model's and the rules'): of the findings of one
 * technique whose spans overlap, the one with the highest confidence stays, carrying the cues of all
 * of them. Findings of different techniques never merge. Pure; the result is sorted by span, and is
 * the same whichever list comes first.
 *
 * @example
 * mergeTechniques(
 *   [{ technique: 'doubt', start: 4, end: 13, confidence: 0.6, cues: ['doubt.so-called'], … }],
 *   [{ technique: 'doubt', start: 0, end: 30, confidence: 0.4, cues: ['model'], … }],
 * ) // one doubt finding, 4–13, cues ['doubt.so-called', 'model']
 */
export function mergeTechniques(a: readonly Technique[], b: readonly Technique[]): Technique[] {
  const kept: Technique[] = []
  const byTechnique = new Map<string, Technique[]>()
  for (const finding of [...a, ...b].sort(strongerFirst)) {
    const same = byTechnique.get(finding.technique) ?? []
    const host = same.find((k) => overlaps(k, finding))
    if (host) {
      for (const cue of finding.cues) if (!host.cues.includes(cue)) host.cues.push(cue)
      continue
    }
    const copy = { ...finding, cues: [...finding.cues] }
    same.push(copy)
    byTechnique.set(finding.technique, same)
    kept.push(copy)
  }
  return kept.sort((x, y) => x.start - y.start || x.end - y.end || (x.technique < y.technique ? -1 : x.technique > y.technique ? 1 : 0))
}
