import type { Clause } from './clauses.ts'

/** Where an event was found: a hand-written pattern, the PETRARCH verb dictionary, or a quote. */
export type TriggerSource = 'pattern' | 'dictionary' | 'statement'

/** A word or phrase that states an event, before its roles are filled. Token indices throughout. */
export interface Trigger {
  source: TriggerSource
  /** CAMEO code of what the actor does */
  code: string
  clause: Clause
  /** the mention that fired: the verb, or the noun phrase */
  tokenStart: number
  tokenEnd: number
  /** first token of the predicate: the governing verb of a noun ("held" in "held drills"), else the trigger */
  headStart: number
  /** one past the last token of the predicate phrase matched so far */
  tailEnd: number
  passive: boolean
  /** an event noun with no verb governing it from before ("Russian air strikes on …") */
  nominal: boolean
  /** true when the code is the target's act (PETRARCH `[:code]`): the roles found are swapped */
  reversed: boolean
  /** tokens where the pattern placed the source ('$') and target ('+') entities */
  boundSource?: number
  boundTarget?: number
  /** true when a pattern (not just the verb's default) gave the code */
  specific: boolean
  /** how much the way it was found is worth, before roles and context adjust it */
  baseConfidence: number
  /** hand-written pattern id, PETRARCH block name, or 'quote' */
  rule: string
  /** a stated refusal ("will not accept"): its negation is the event, not a reason to call it background */
  refusal?: boolean
  /** tokens this trigger uses up, so that no other rule codes them again */
  claimed: [number, number][]
}
