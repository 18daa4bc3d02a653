import type { Technique } from '../report/schema.ts'
import type { Span } from '../text/types.ts'

/**
 * Lexicon cues that are only a possessive and a national or group noun ("our soldiers", "our land",
 * "our borders", "our citizens"). Said with pride, duty or sacrifice they wave the flag; in a
 * military or government report they are how the issuer names its own side ("Our soldiers returned
 * fire and the patrol withdrew").
 */
export const PLAIN_POSSESSIVE_CUES: ReadonlySet<string> = new Set(['group.our-nation', 'group.our-troops', 'group.our-people'])

/** Whether a cue names a lexicon entry or rule ("family.name") rather than a word the model weighed. */
const isRuleCue = (cue: string) => /^[a-z0-9-]+\.[a-z0-9-]+/.test(cue)

/** Whether a flag-waving finding rests on plain possessives alone: at least one, and no other rule cue. */
function onlyPlainPossessives(f: Technique): boolean {
  if (f.technique !== 'flag_waving') return false
  const rules = f.cues.filter(isRuleCue)
  return rules.length > 0 && rules.every((c) => PLAIN_POSSESSIVE_CUES.has(c))
}

/**
 * Drops the flag-waving findings that rest on a plain possessive alone ("our soldiers", "our land")
 * where it does not appeal to the group: in a sentence that reports (function `report`), or inside
 * a longer finding of another technique that the words are part of ("Not one inch of our land will
 * be surrendered" is a slogan, "Anyone who tests our borders will …" a threat). A possessive with a
 * value ("defending our homeland", "our great nation", "true patriots") has a cue of its own and
 * stays. Pure; keeps the order of `findings`.
 *
 * @example
 * withoutPlainPossessives(findings, reportSentences) // without flag_waving on "Our soldiers" of "Our soldiers returned fire."
 */
export function withoutPlainPossessives(findings: readonly Technique[], reportSentences: readonly Span[]): Technique[] {
  return findings.filter((f) => {
    if (!onlyPlainPossessives(f)) return true
    if (reportSentences.some((s) => s.start <= f.start && f.end <= s.end)) return false
    return !findings.some((g) => g !== f && g.technique !== 'flag_waving' && g.start <= f.start && f.end <= g.end && g.end - g.start > f.end - f.start)
  })
}
