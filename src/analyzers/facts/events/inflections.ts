import { regularVerbForms, type VerbFormKind } from '../../../knowledge/cameo/verb-forms.ts'

/** Past tense and participle of the irregular verbs the hand-written patterns use. */
const IRREGULAR: Record<string, string[]> = {
  begin: ['began', 'begun'],
  bring: ['brought'],
  break: ['broke', 'broken'],
  choose: ['chose', 'chosen'],
  come: ['came'],
  cut: ['cut'],
  draw: ['drew', 'drawn'],
  fight: ['fought'],
  forbid: ['forbade', 'forbidden'],
  get: ['got', 'gotten'],
  give: ['gave', 'given'],
  go: ['went', 'gone'],
  hit: ['hit'],
  hold: ['held'],
  lay: ['laid'],
  lead: ['led'],
  make: ['made'],
  meet: ['met'],
  pay: ['paid'],
  put: ['put'],
  seek: ['sought'],
  send: ['sent'],
  set: ['set'],
  shoot: ['shot'],
  slap: ['slapped'],
  speak: ['spoke', 'spoken'],
  spread: ['spread'],
  stand: ['stood'],
  keep: ['kept'],
  leave: ['left'],
  quit: ['quit'],
  strike: ['struck', 'stricken'],
  take: ['took', 'taken'],
  tell: ['told'],
  undertake: ['undertook', 'undertaken'],
  win: ['won'],
  withdraw: ['withdrew', 'withdrawn'],
  level: ['levelled', 'leveled'],
  label: ['labelled', 'labeled'],
  signal: ['signalled', 'signaled'],
  cancel: ['cancelled', 'canceled'],
  total: ['totalled', 'totaled'],
  model: ['modelled', 'modeled'],
  travel: ['travelled', 'traveled'],
  fuel: ['fuelled', 'fueled'],
  transfer: ['transferred'],
  occur: ['occurred'],
  commit: ['committed'],
  admit: ['admitted'],
  expel: ['expelled'],
  compel: ['compelled'],
  patrol: ['patrolled'],
  control: ['controlled'],
}

/**
 * Every inflected form of a verb lemma, with its kind; a particle stays after the verb
 * ("carry out" → "carried out").
 *
 * @example
 * inflect('hold').find((f) => f.kind === 'ed')?.form // 'held'
 */
export function inflect(lemma: string): { form: string; kind: VerbFormKind }[] {
  const [verb, ...rest] = lemma.split(' ')
  const tail = rest.length ? ' ' + rest.join(' ') : ''
  const regular = regularVerbForms(verb)
  const past = IRREGULAR[verb] ?? regular.ed
  const forms: { form: string; kind: VerbFormKind }[] = [
    ...regular.base.map((f) => ({ form: f + tail, kind: 'base' as const })),
    ...regular.s.map((f) => ({ form: f + tail, kind: 's' as const })),
    ...past.map((f) => ({ form: f + tail, kind: 'ed' as const })),
    ...regular.ing.map((f) => ({ form: f + tail, kind: 'ing' as const })),
  ]
  return forms
}
