import type { Technique } from '../../report/schema.ts'
import { techniqueById } from '../../report/techniques.ts'
import type { Sentence, Token } from '../../text/types.ts'
import type { Calibration } from './calibration.ts'
import { explainCue } from './explain.ts'

/** The family under which the maxim shapes are calibrated; their ids are `maxim.<shape>`. */
export const MAXIM_FAMILY = 'maxims'
export const MAXIM_CUES = { echo: 'maxim.echo', polyptoton: 'maxim.polyptoton' } as const
type Shape = keyof typeof MAXIM_CUES

const RATIONALE: Record<Shape, string> = {
  echo: 'a phrase that says its own word again on the other side of "for" ("a fair reform for fair people"), built to be remembered rather than argued.',
  polyptoton: 'a line that turns a word against itself and ends on "nobody" or "nothing" ("Deterrence that exists only on paper deters nobody"), a maxim that closes the question.',
}

/** Function words: an echo of these is grammar, not a figure. */
const FUNCTION_WORDS = new Set(
  (
    'a an the this that these those and or but nor for of to in on at by with from as is are was were be been being has have had do does did ' +
    'will would shall should can could may might must not no it its they them their we us our you your he him his she her i me my who whom ' +
    'which what when where why how all any each every some more most other such than then there here so very also only just one two'
  ).split(' '),
)
const CONNECTORS = new Set(['for', 'by', 'of'])
const UNIVERSAL_NEGATIVES = new Set(['nobody', 'nothing', 'no-one'])
const STEM = 5

const isWord = (t: Token | undefined) => t !== undefined && t.kind === 'word'
const lower = (t: Token) => t.text.toLowerCase()
const isContent = (t: Token | undefined) => isWord(t) && t!.text.length >= 3 && !FUNCTION_WORDS.has(lower(t!))

/** Whether a clause ends before token `i`: the sentence ends there or punctuation or a quote mark comes next. */
function endsClause(tokens: readonly Token[], i: number, end: number): boolean {
  return i >= end || tokens[i].kind === 'punct' || tokens[i].kind === 'quote'
}

/** "a fair reform for fair people": ADJ N for ADJ N, ending a clause. */
function echoes(tokens: readonly Token[], s: Sentence, out: Array<[Shape, number, number]>): void {
  for (let i = s.tokenStart; i + 4 < s.tokenEnd; i++) {
    const [a, n, c, a2, n2] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3], tokens[i + 4]]
    if (!isContent(a) || !isContent(n) || !isContent(n2) || !isWord(c) || !CONNECTORS.has(lower(c))) continue
    if (lower(a) !== lower(a2) || lower(n) === lower(n2) || !endsClause(tokens, i + 5, s.tokenEnd)) continue
    const det = i > s.tokenStart && ['a', 'an'].includes(lower(tokens[i - 1])) ? i - 1 : i
    out.push(['echo', det, i + 5])
  }
}

/** "Deterrence that exists only on paper deters nobody": a word, then a word of its stem, then nobody or nothing. */
function polyptota(tokens: readonly Token[], s: Sentence, out: Array<[Shape, number, number]>): void {
  for (let j = s.tokenStart + 1; j + 1 < s.tokenEnd; j++) {
    const v = tokens[j]
    if (!isWord(v) || v.text.length < STEM || !UNIVERSAL_NEGATIVES.has(lower(tokens[j + 1]))) continue
    const stem = lower(v).slice(0, STEM)
    for (let i = Math.max(s.tokenStart, j - 10); i < j; i++) {
      if (isWord(tokens[i]) && lower(tokens[i]) !== lower(v) && lower(tokens[i]).startsWith(stem)) {
        out.push(['polyptoton', i, j + 2])
        break
      }
    }
  }
}

/**
 * Slogan findings for the shapes of a maxim that no word list names: an echo ("a fair reform for
 * fair people"), a word turned against itself ending on nobody or nothing ("Deterrence that exists
 * only on paper deters nobody"). The confidence is the shape's calibrated precision
 * (`scripts/calibrate-cues.ts`). A chiasmus ("law against crime, not crime against the law") was
 * tried too: in the PTC training articles none of a dozen such hits lies in a gold slogan, so it is
 * no cue here.
 */
export function maximFindings(text: string, tokens: readonly Token[], sentences: readonly Sentence[], calibration: Calibration): Technique[] {
  const found: Array<[Shape, number, number]> = []
  for (const s of sentences) {
    echoes(tokens, s, found)
    polyptota(tokens, s, found)
  }
  const ptc = techniqueById('slogans').ptc
  return found.map(([shape, from, to]) => {
    const start = tokens[from].start
    const end = tokens[to - 1].end
    const words = text.slice(start, end)
    return {
      technique: 'slogans',
      ptc,
      start,
      end,
      text: words,
      confidence: calibration.confidence({ id: MAXIM_CUES[shape], family: MAXIM_FAMILY, weight: 1 }),
      explanation: explainCue('slogans', words.replace(/\s+/g, ' '), RATIONALE[shape]),
      cues: [MAXIM_CUES[shape]],
      speaker: null,
    }
  })
}
