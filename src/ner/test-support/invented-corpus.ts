import { seededRandom } from '../../models/seeded-random.ts'
import type { TaggedSentence } from '../conll-format.ts'

// An invented corpus for tests: made-up names in a few news-like sentence patterns.
const PEOPLE = [['Anna', 'Berg'], ['Tomas', 'Lind'], ['Mira', 'Okafor'], ['Jonas', 'Veldt'], ['Sara', 'Holm']]
const ORGS = [['Nordic', 'Shipping', 'Group'], ['Ministry', 'of', 'Fisheries'], ['Vell', 'Bank'], ['Kastra', 'Alliance']]
const PLACES = [['Vellholm'], ['Kastra'], ['Port', 'Arden'], ['Lunde']]
const NATIONS = [['Vellish'], ['Kastran']]

type Slot = 'PER' | 'ORG' | 'LOC' | 'MISC'
const PATTERNS: (string | Slot)[][] = [
  ['PER', 'visited', 'LOC', 'on', 'Monday', '.'],
  ['ORG', 'said', 'PER', 'would', 'resign', '.'],
  ['The', 'MISC', 'government', 'asked', 'ORG', 'for', 'help', '.'],
  ['PER', ',', 'a', 'spokeswoman', 'for', 'ORG', ',', 'spoke', 'in', 'LOC', '.'],
  ['Talks', 'between', 'LOC', 'and', 'LOC', 'ended', 'without', 'a', 'deal', '.'],
]

/** `count` sentences drawn from the patterns with a seeded generator. */
export function inventedSentences(count: number, seed: number): TaggedSentence[] {
  const random = seededRandom(seed)
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]
  const pools: Record<Slot, string[][]> = { PER: PEOPLE, ORG: ORGS, LOC: PLACES, MISC: NATIONS }
  return Array.from({ length: count }, () => {
    const words: string[] = []
    const tags: string[] = []
    for (const part of pick(PATTERNS)) {
      if (part === 'PER' || part === 'ORG' || part === 'LOC' || part === 'MISC') {
        pick(pools[part]).forEach((w, i) => {
          words.push(w)
          tags.push(`${i === 0 ? 'B' : 'I'}-${part}`)
        })
      } else {
        words.push(part)
        tags.push('O')
      }
    }
    return { words, tags }
  })
}
