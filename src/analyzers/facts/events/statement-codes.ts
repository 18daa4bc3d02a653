import { inflect } from './inflections.ts'

/**
 * Reporting verbs that already say what kind of statement was made. Plain "said", "told" carry none, and
 * neither does "warned": a warning is a threat (130) only when its words threaten, else what its words
 * say, and a statement (010) when they say nothing more (GUIDE: "warn that (when nothing is threatened)"
 * only attributes speech): "warned that fires could reverse the gains" is no event of its own.
 */
const CUE_CODES: Record<string, string> = {
  accuse: '112',
  blame: '112',
  allege: '112',
  threaten: '130',
  urge: '020',
  appeal: '020',
  'call on': '020',
  'call upon': '020',
  'call for': '020',
  implore: '020',
  demand: '100',
  insist: '100',
  order: '100',
  deny: '016',
  refute: '016',
  dismiss: '016',
  reject: '120',
  condemn: '111',
  denounce: '111',
  criticise: '111',
  criticize: '111',
  slam: '111',
  blast: '111',
  decry: '111',
  deplore: '111',
  praise: '051',
  welcome: '051',
  hail: '051',
  commend: '051',
  applaud: '051',
  thank: '051',
  apologise: '055',
  apologize: '055',
}

/**
 * Verbs that put a label on something in the speaker's words ("called the measure “too little and too
 * late”", "described the controls as “unacceptable”"): a label is criticism (111, GUIDE: "call X “…”"),
 * praise (051) when its words praise.
 */
const LABEL_CUES = ['call', 'describe', 'brand', 'label', 'dub', 'term']
const PRAISING_LABELS = new Set(['historic', 'success', 'successful', 'excellent', 'great', 'positive', 'constructive', 'good', 'impressive', 'landmark', 'breakthrough', 'milestone', 'important', 'welcome', 'fruitful', 'productive', 'remarkable', 'outstanding', 'strong'])
const LABEL_FORMS = new Set<string>()
for (const lemma of LABEL_CUES) for (const { form } of inflect(lemma)) LABEL_FORMS.add(form)

/** True when a one-word cue puts a label on something ("called", "described", "branded"). */
export const isLabelCue = (cue: readonly string[]) => cue.length === 1 && LABEL_FORMS.has(cue[0])

const CUE_FORMS = new Map<string, string>()
for (const [lemma, code] of Object.entries(CUE_CODES)) for (const { form } of inflect(lemma)) CUE_FORMS.set(form, code)

/**
 * What the words of a statement say about its kind, checked in this order (the first that fits wins):
 * a threat, an accusation, a demand, a condemnation, an appeal, a denial, a pessimistic comment, an
 * optimistic one. The same words count for every speaker.
 */
const CONTENT_CODES: [code: string, phrases: string[]][] = [
  ['130', ['retaliate', 'retaliation', 'reprisal', 'reprisals', 'consequences', 'will respond', 'would respond', 'will not hesitate', "won't hesitate", 'won’t hesitate', 'will not tolerate', 'will pay', 'heavy price', 'will be punished', 'will be met with', 'necessary measures', 'every means', 'all means', 'all available means']],
  ['112', ['accuse', 'accused', 'accuses', 'responsible for', 'to blame', 'guilty of', 'war crime', 'war crimes', 'is behind', 'are behind', 'orchestrated', 'perpetrated', 'complicit']],
  ['100', ['demand', 'demands', 'demanded', 'must immediately', 'must stop', 'must withdraw', 'must release', 'must end', 'must cease', 'insist', 'insists']],
  ['111', ['condemn', 'condemns', 'condemned', 'denounce', 'denounces', 'denounced', 'outrageous', 'unacceptable', 'deplorable', 'barbaric', 'reprehensible']],
  ['020', ['we call on', 'we call upon', 'we urge', 'urge', 'urges', 'appeal to', 'calls on', 'call on']],
  ['016', ['deny', 'denies', 'denied', 'not true', 'baseless', 'fabricated', 'fabrication', 'groundless', 'untrue', 'fake news']],
  ['012', ['concern', 'concerned', 'concerns', 'worried', 'worrying', 'alarming', 'alarmed', 'deeply troubled', 'troubling', 'regret', 'regrettable', 'deplore']],
  ['013', ['optimistic', 'hopeful', 'confident', 'encouraging', 'progress']],
]

/** The content phrases by first word, each with its rank in CONTENT_CODES (lower ranks win). */
const PHRASES_BY_FIRST_WORD = new Map<string, { rank: number; code: string; words: string[] }[]>()
CONTENT_CODES.forEach(([code, phrases], rank) => {
  for (const phrase of phrases) {
    const words = phrase.split(' ')
    PHRASES_BY_FIRST_WORD.set(words[0], [...(PHRASES_BY_FIRST_WORD.get(words[0]) ?? []), { rank, code, words }])
  }
})

interface Ranked {
  rank: number
  code: string
}

function firstPhrase(words: readonly string[], best: Ranked | null): Ranked | null {
  for (let i = 0; i < words.length; i++) {
    const phrases = PHRASES_BY_FIRST_WORD.get(words[i])
    if (phrases === undefined) continue
    for (const phrase of phrases) {
      if (best && phrase.rank >= best.rank) continue
      if (phrase.words.every((w, k) => words[i + k] === w)) best = phrase
    }
  }
  return best
}

/**
 * The CAMEO code of a statement: the reporting verb's own code when it has one ("accused" → 112; a label,
 * "called the measure “too little”", 111 or, when its words praise, 051), else
 * what its words say ("… will face consequences" → 130, "would take all necessary measures" or "use every means
 * at its disposal", force held in reserve, → 130), else 010 'Make statement'.
 *
 * @example
 * statementCode(['warned'], ['we', 'will', 'respond']) // '130'
 * statementCode(['said'], ['we', 'are', 'deeply', 'concerned']) // '012'
 */
export function statementCode(cue: readonly string[], words: readonly string[]): string {
  const cueCode = CUE_FORMS.get(cue.join(' ')) ?? CUE_FORMS.get(cue.slice(0, 2).join(' ')) ?? CUE_FORMS.get(cue[0] ?? '')
  if (cueCode) return cueCode
  if (isLabelCue(cue)) return words.some((w) => PRAISING_LABELS.has(w)) ? '051' : '111'
  return firstPhrase(words, firstPhrase(cue, null))?.code ?? '010'
}
