import { TRANSCRIPT_TURN_CUE, type Entity } from '../../../report/schema.ts'
import type { Paragraph, Token } from '../../../text/types.ts'

/** A paragraph of a transcript that a named person speaks: "Lin Jian: On November 17, …". */
export interface TranscriptTurn {
  /** the spoken words: from the first token after the colon to the paragraph's last token */
  start: number
  end: number
  paragraph: number
  speaker: Entity
}

/** The most tokens a title may take before the speaker's name: "Spokesperson Lin Jian:". */
const TITLE_TOKENS = 4

/**
 * The turns of a press-conference transcript: a paragraph that opens with a person's name (a title
 * may come before it) and a colon, and goes on with what they said. "Lin Jian: We urge the
 * Philippines to …" is Lin Jian's. A label that is no person's name ("Background:", "Quote:",
 * "Reuters:" for a journalist's question) gives no turn, and a document with only one such paragraph
 * has none: that is a headline ("Dana Fisher: Why We Must Act Now"), not a transcript. Pure.
 *
 * @example
 * transcriptTurns(tokens, paragraphs, entities) // [{ start: 112, end: 380, paragraph: 2, speaker: { name: 'Lin Jian', … } }]
 */
export function transcriptTurns(tokens: readonly Token[], paragraphs: readonly Paragraph[], entities: readonly Entity[]): TranscriptTurn[] {
  const people = new Map<number, { end: number; entity: Entity }>()
  for (const e of entities) if (e.type === 'person') for (const m of e.mentions) people.set(m.start, { end: m.end, entity: e })
  if (people.size === 0) return []
  const turns: TranscriptTurn[] = []
  let t = 0
  paragraphs.forEach((paragraph, index) => {
    while (t < tokens.length && tokens[t].start < paragraph.start) t++
    for (let k = t; k < tokens.length && k <= t + TITLE_TOKENS && tokens[k].end <= paragraph.end; k++) {
      const person = people.get(tokens[k].start)
      if (!person) {
        // Only capitalised title words may come before the name.
        if (tokens[k].kind !== 'word' || !/^\p{Lu}/u.test(tokens[k].text)) return
        continue
      }
      let colon = k
      while (colon < tokens.length && tokens[colon].end <= person.end) colon++
      const first = colon + 1
      if (tokens[colon]?.text !== TRANSCRIPT_TURN_CUE || first >= tokens.length || tokens[first].start >= paragraph.end) return
      let last = first
      while (last + 1 < tokens.length && tokens[last + 1].end <= paragraph.end) last++
      turns.push({ start: tokens[first].start, end: tokens[last].end, paragraph: index, speaker: person.entity })
      return
    }
  })
  // One such line is a headline or a label ("Dana Fisher: Why We Must Act Now"); a transcript has turns.
  return turns.length >= 2 ? turns : []
}
