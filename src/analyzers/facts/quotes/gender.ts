import type { Entity } from '../../../report/schema.ts'
import { firstStartingFrom } from '../../../text/token-search.ts'
import type { Token } from '../../../text/types.ts'
import { lowerOf } from './token-words.ts'

/** What the text tells of a person's gender: 'm' for "he", 'f' for "she". */
export type Gender = 'm' | 'f'

const HONORIFICS: Readonly<Record<string, Gender>> = {
  mr: 'm', 'mr.': 'm', sir: 'm', lord: 'm', mrs: 'f', 'mrs.': 'f', ms: 'f', 'ms.': 'f', miss: 'f', dame: 'f', lady: 'f', madam: 'f',
}
/** Posts written with a gendered word: "spokeswoman", "chairman". */
const GENDERED_POSTS: Readonly<Record<string, Gender>> = {
  spokesman: 'm', chairman: 'm', congressman: 'm', businessman: 'm', councilman: 'm', alderman: 'm',
  spokeswoman: 'f', chairwoman: 'f', congresswoman: 'f', businesswoman: 'f', councilwoman: 'f', alderwoman: 'f',
}
/** How many tokens after a name a post between commas may reach: "Miriam Kohl, the Greens spokeswoman,". */
const MAX_APPOSITIVE_TOKENS = 8

/** The gender a subject pronoun gives its referent; undefined for any other word. */
export function pronounGender(pronoun: string): Gender | undefined {
  return pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : undefined
}

/** The people of a text whose gender it tells, and what the quotes find out as they go. */
export interface Genders {
  of(entity: string | null): Gender | undefined
  /** records what a pronoun said of a person, unless the text told otherwise before */
  learn(entity: string | null, gender: Gender | undefined): void
  /** true unless the text tells a gender for the person that differs from `gender` */
  agrees(entity: string | null, gender: Gender | undefined): boolean
}

/**
 * Reads what the text says of each person's gender at their mentions: an honorific before the name
 * ("Ms Kohl", "Sir Alan Duff") or a gendered post right before it or between commas after it
 * ("spokeswoman Anna Berg", "Tomas Lind, the party's chairman,"). A "she said" does not go to a
 * person the text has called "Mr", and a "he said" not to a spokeswoman.
 *
 * @example
 * readGenders(tokens, entities).of('p1') // 'f' after "Ms Miriam Kohl"
 */
export function readGenders(tokens: readonly Token[], entities: readonly Entity[]): Genders {
  const known = new Map<string, Gender>()
  for (const entity of entities) {
    if (entity.type !== 'person') continue
    for (const m of entity.mentions) {
      const first = firstStartingFrom(tokens, m.start)
      const gender = HONORIFICS[lowerOf(tokens[first - 1])] ?? GENDERED_POSTS[lowerOf(tokens[first - 1])] ?? postAfter(tokens, firstStartingFrom(tokens, m.end))
      if (gender) {
        known.set(entity.id, gender)
        break
      }
    }
  }
  return {
    of: (entity) => (entity ? known.get(entity) : undefined),
    learn(entity, gender) {
      if (entity && gender && !known.has(entity)) known.set(entity, gender)
    },
    agrees(entity, gender) {
      const told = entity ? known.get(entity) : undefined
      return !told || !gender || told === gender
    },
  }
}

/** The gender of a post between commas right after a name: "Miriam Kohl, the Greens spokeswoman, …". */
function postAfter(tokens: readonly Token[], k: number): Gender | undefined {
  if (tokens[k]?.text !== ',') return undefined
  for (let j = k + 1; j < tokens.length && j <= k + MAX_APPOSITIVE_TOKENS; j++) {
    const t = tokens[j]
    if (t.kind === 'punct' && t.text !== '-') return undefined
    const gender = GENDERED_POSTS[lowerOf(t)]
    if (gender) return gender
  }
  return undefined
}
