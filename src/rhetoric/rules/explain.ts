import { techniqueById } from '../../report/techniques.ts'
import type { TechniqueId } from '../../report/schema.ts'
import type { Token } from '../../text/types.ts'

/**
 * The cue words as they stand in the text, runs joined by " … " where a construction skips words.
 *
 * @example
 * cueWords(text, tokens, [[0, 1], [5, 6]]) // 'Either … or'
 */
export function cueWords(text: string, tokens: readonly Token[], parts: ReadonlyArray<readonly [number, number]>): string {
  return parts.map(([from, to]) => text.slice(tokens[from].start, tokens[to - 1].end).replace(/\s+/g, ' ')).join(' … ')
}

/**
 * One sentence that quotes the cue and says why it is one.
 *
 * @example
 * explainCue('doubt', 'so-called', 'puts a name in doubt without saying what is wrong with it.')
 * // 'Doubt cue “so-called”: puts a name in doubt without saying what is wrong with it.'
 */
export function explainCue(technique: TechniqueId, words: string, why: string): string {
  const reason = why.endsWith('.') ? why : `${why}.`
  return `${techniqueById(technique).name} cue “${words}”: ${reason}`
}
