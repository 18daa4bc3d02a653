import { seededRandom } from '../../../models/seeded-random.ts'
import { prepareTaggedDocument, type TaggedDocument } from '../tagging-data.ts'

const NEUTRAL = ['The ministry said on Monday that talks would continue.', 'Officials met in the capital to discuss the budget.', 'The report was published after a long review.', 'Trade figures rose by two percent last year.']
const LOADED = [
  ['The', 'disgraceful', 'decision shocked observers.', 'Loaded_Language'],
  ['Critics called them', 'traitors', 'in a statement.', 'Name_Calling,Labeling'],
  ['Is this really', 'what anyone believes?', '', 'Doubt'],
  ['They warned that', 'chaos will destroy our families', 'soon.', 'Appeal_to_fear-prejudice'],
] as const

/**
 * A small labelled corpus built from fixed sentences with a seeded generator: enough for training
 * to run end to end in tests, without any corpus text.
 */
export function syntheticCorpus(documents = 12, seed = 5): TaggedDocument[] {
  const random = seededRandom(seed)
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]
  return Array.from({ length: documents }, (_, d) => {
    let text = `Report number ${d + 1}\n\n`
    const techniques: Array<{ start: number; end: number; technique: string }> = []
    for (let s = 0; s < 8; s++) {
      if (random() < 0.5) {
        text += pick(NEUTRAL) + '\n'
        continue
      }
      const [before, span, after, technique] = pick(LOADED)
      text += before + ' '
      techniques.push({ start: text.length, end: text.length + span.length, technique })
      text += span + (after ? ' ' + after : '') + '\n'
    }
    return prepareTaggedDocument(String(1000 + d), text, techniques, techniques)
  })
}
