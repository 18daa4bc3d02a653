import type { TechniqueId } from '../../report/schema.ts'
import { techniqueById } from '../../report/techniques.ts'

/** What an explanation may point at in a span. */
export interface ExplanationFacts {
  technique: TechniqueId
  /** words of the span that pushed the call most, strongest first */
  words: readonly string[]
  /** how often the span's wording occurs in the text */
  repeats: number
  /** the span's text */
  text: string
}

const quoted = (word: string) => `‘${word}’`

function listOf(words: readonly string[]): string {
  const q = words.map(quoted)
  return q.length <= 1 ? (q[0] ?? '') : `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}`
}

function lowerFirst(sentence: string): string {
  return sentence.charAt(0).toLowerCase() + sentence.slice(1).replace(/\.$/, '')
}

function shortened(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ')
  return oneLine.length <= 60 ? oneLine : oneLine.slice(0, 57).replace(/\s+\S*$/, '') + '…'
}

/** A technique's name and definition as they read inside a sentence, worked out once per technique. */
const wordings = new Map<TechniqueId, { name: string; definition: string }>()

function wordingOf(technique: TechniqueId): { name: string; definition: string } {
  let wording = wordings.get(technique)
  if (!wording) {
    const info = techniqueById(technique)
    wording = { name: info.name.charAt(0).toLowerCase() + info.name.slice(1), definition: lowerFirst(info.definition) }
    wordings.set(technique, wording)
  }
  return wording
}

/**
 * One sentence a reader can check against the text: which words (or which repetition) made the
 * call, and what the technique is.
 *
 * @example
 * explainTechnique({ technique: 'loaded_language', words: ['ruthless', 'barbaric'], repeats: 1, text: '…' })
 * // '‘ruthless’ and ‘barbaric’ point to loaded language: words or phrases with strong emotional implications used to influence the audience.'
 */
export function explainTechnique({ technique, words, repeats, text }: ExplanationFacts): string {
  const { name, definition } = wordingOf(technique)
  if (technique === 'repetition' && repeats >= 2) {
    return `“${shortened(text)}” occurs ${repeats} times in the text; repeating the same message so the audience comes to accept it is repetition.`
  }
  if (words.length > 0) {
    return `${listOf(words)} ${words.length === 1 ? 'points' : 'point'} to ${name}: ${definition}.`
  }
  return `The wording and place of this passage resemble ${name} in the annotated training articles: ${definition}.`
}

/**
 * The explanation of a finding that covers a whole argued sentence: no single cue, the sentence
 * argues, and read whole it is closest to the technique.
 *
 * @example
 * explainArguedSentence('causal_oversimplification', ['failure'])
 * // 'The sentence argues rather than reports and no single cue marks it; read whole, with ‘failure’ weighing most, it is closest to causal oversimplification: …'
 */
export function explainArguedSentence(technique: TechniqueId, words: readonly string[]): string {
  const { name, definition } = wordingOf(technique)
  const weighing = words.length > 0 ? `, with ${listOf(words)} weighing most` : ''
  return `The sentence argues rather than reports and no single cue marks it; read whole${weighing}, it is closest to ${name}: ${definition}.`
}
