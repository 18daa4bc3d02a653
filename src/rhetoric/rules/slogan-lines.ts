import type { Technique } from '../../report/schema.ts'
import { techniqueById } from '../../report/techniques.ts'
import type { Sentence, Token } from '../../text/types.ts'
import type { Calibration } from './calibration.ts'
import { explainCue } from './explain.ts'

/**
 * The cue id of a short exclamation that ends its line, and the family it is calibrated as: a
 * family of its own, so that its precision does not dilute that of the listed slogans.
 */
export const SLOGAN_LINE_CUE = 'slogan-line.exclamation'
export const SLOGAN_FAMILY = 'slogan-lines'

/** At most this many words make a slogan line. */
const MAX_WORDS = 8

/**
 * First words of exclamations that are no slogans: exclamatives ("What a disgrace!"), comments on a
 * thing just said ("This is outrageous!"), greetings and thanks.
 */
const NOT_SLOGAN_OPENERS = new Set([
  'what', 'how', 'this', 'that', 'these', 'those', 'it', "it's", 'i', "i'm", 'he', 'she', 'they', 'oh', 'wow', 'thank', 'thanks',
  'congratulations', 'welcome', 'hello', 'hi', 'happy', 'merry', 'good', 'dear', 'please', 'see', 'click', 'read', 'watch', 'subscribe',
])

const isWord = (t: Token) => t.kind === 'word' || t.kind === 'number'

/** The slogan span of a sentence, as token indices [first word, last word + 1], or null. */
function sloganSpan(tokens: readonly Token[], sentence: Sentence): [number, number] | null {
  let end = sentence.tokenEnd
  while (end > sentence.tokenStart && tokens[end - 1].kind === 'quote') end--
  if (end <= sentence.tokenStart || tokens[end - 1].kind !== 'punct' || !tokens[end - 1].text.includes('!')) return null
  let words = 0
  let first = -1
  let last = -1
  for (let i = sentence.tokenStart; i < end; i++) {
    const t = tokens[i]
    if (t.kind === 'punct' && t.text.includes('?')) return null
    if (t.kind === 'url' || t.kind === 'email') return null
    if (!isWord(t)) continue
    words++
    if (first < 0) first = i
    last = i
  }
  if (words < 2 || words > MAX_WORDS) return null
  if (NOT_SLOGAN_OPENERS.has(tokens[first].text.toLowerCase())) return null
  return [first, last + 1]
}

/**
 * Short exclamations as slogans: a sentence of two to eight words that ends in an exclamation mark
 * and ends its line — on a line of its own ("Kosovo is Serbia!", "Strong region, sovereign people!")
 * or closing a paragraph ("… on 14 March. Security for all, fairness for all!"), alone or in a
 * closing run of such exclamations ("Sovereignty now! Peace, not bases!"), as press releases and
 * statements close. An exclamation followed on its line by other sentences ("It works! Traffic
 * resumed …") is left. Exclamatives, comments and greetings ("What a disgrace!", "Thank you all!")
 * are left out. The confidence is the measured precision of such lines in the PTC training articles,
 * where every sentence stands on a line of its own and few short exclamations are slogans: a low
 * figure that says how often a short exclamation is no slogan.
 */
export function sloganLineFindings(text: string, tokens: readonly Token[], sentences: readonly Sentence[], calibration: Calibration): Technique[] {
  const out: Technique[] = []
  const confidence = calibration.confidence({ id: SLOGAN_LINE_CUE, family: SLOGAN_FAMILY, weight: 1 })
  const ptc = techniqueById('slogans').ptc
  // Walking back from the end, a sentence is read when it ends its line or when what follows it on
  // the line is itself a run of slogans ("Sovereignty now! Peace, not bases!").
  const spans: ([number, number] | null)[] = new Array(sentences.length).fill(null)
  for (let i = sentences.length - 1; i >= 0; i--) {
    const endsLine = i + 1 === sentences.length || tokens[sentences[i + 1].tokenStart]?.lineStart !== false
    if (endsLine || spans[i + 1]) spans[i] = sloganSpan(tokens, sentences[i])
  }
  spans.forEach((span) => {
    if (!span) return
    const start = tokens[span[0]].start
    const end = tokens[span[1] - 1].end
    const words = text.slice(start, end)
    out.push({
      technique: 'slogans',
      ptc,
      start,
      end,
      text: words,
      confidence,
      explanation: explainCue('slogans', words.replace(/\s+/g, ' '), 'a short exclamation that stands alone, made to be repeated rather than argued.'),
      cues: [SLOGAN_LINE_CUE],
      speaker: null,
    })
  })
  return out
}
