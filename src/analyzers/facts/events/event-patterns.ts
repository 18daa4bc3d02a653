import { FORCE_PATTERNS } from './force-patterns.ts'
import { POLITICAL_PATTERNS } from './political-patterns.ts'
import { VERBAL_PATTERNS } from './verbal-patterns.ts'

/**
 * Hand-written event patterns for what news and press releases report with nouns as often as with
 * verbs ("held drills", "imposed sanctions", "air strikes on …"). They take precedence over the
 * PETRARCH verb dictionary, which only knows verbs. Each pattern says why it carries its code.
 */
export interface EventPattern {
  id: string
  /** CAMEO event code, as in eventcodes.tsv */
  cameo: string
  /** nouns that name the event, lower-case; words separated by spaces ("air strikes") */
  nouns?: readonly string[]
  /** lemmas of verbs that report the event when they govern one of the nouns ("held drills") */
  with?: readonly string[]
  /** lemmas of verbs that report the event by themselves ("shelled") */
  verbs?: readonly string[]
  /**
   * a standalone verb counts only with one of these words as its object; '@entity' accepts any named entity,
   * '@organization' and '@location' one of that type
   */
  objects?: readonly string[]
  /** prepositions a standalone verb's object may follow ("withdraw with immediate effect from ECOWAS") */
  through?: readonly string[]
  /** a standalone verb counts only with one of these words (or a number) shortly before it: "thousands protested" */
  subjects?: readonly string[]
  /** with `subjects`: a number alone is no subject ("$1 million to deploy a clinic"), and the subject may stand eight words back */
  namedSubjects?: boolean
  /** a noun counts only when one of these words follows it ("strikes on …") */
  followedBy?: readonly string[]
  /** a noun does not count when one of these words follows it ("the exercise of power") */
  notFollowedBy?: readonly string[]
  /** a noun counts only in military company: a military word before it or in its clause */
  military?: boolean
  /** the code when the governing verb states an intent ("pledged aid"), not the act */
  intentCode?: string
  /** the verb counts only when refused ("will not accept", "won't take back"): the refusal is the event, and it is current */
  refusal?: boolean
  /** the noun reports the event without a governing verb when a named party or place is attached ("Russian air strikes on Kharkiv") */
  standalone?: boolean
  rationale: string
}

/**
 * Every hand-written pattern, in the order they are tried: when two patterns share a noun, the first
 * whose conditions hold wins ("strike on X" is an attack before "strike" is a labour strike).
 */
export const EVENT_PATTERNS: readonly EventPattern[] = [...FORCE_PATTERNS, ...POLITICAL_PATTERNS, ...VERBAL_PATTERNS]
