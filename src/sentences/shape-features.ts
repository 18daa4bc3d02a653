import type { ClaimCues, ClaimShape } from './claim-shape.ts'

const LENGTH_BINS = [3, 6, 10, 15, 20, 30, 45]

/** The length bin of a sentence of `n` words: "1-3", "4-6", …, "46+". */
export function lengthBin(n: number): string {
  let low = 1
  for (const high of LENGTH_BINS) {
    if (n <= high) return `${low}-${high}`
    low = high + 1
  }
  return `${low}+`
}

const LENGTH_NAMES = Array.from({ length: 47 }, (_, n) => `length=${lengthBin(n)}`)
const NUMBER_NAMES = ['numbers=0', 'numbers=1', 'numbers=2', 'numbers=3']
const NAME_NAMES = ['names=0', 'names=1', 'names=2', 'names=3']
const quantity = (s: ClaimCues): boolean => s.numbers > 0 || s.magnitude || s.percent

/** Flag features and when they are on; the pairs are conjunctions a linear model cannot build itself. */
const FLAGS: ReadonlyArray<readonly [string, (s: ClaimCues) => boolean]> = [
  ['number:year', (s) => s.year],
  ['number:percent', (s) => s.percent],
  ['number:money', (s) => s.money],
  ['number:magnitude', (s) => s.magnitude],
  ['number:word', (s) => s.numberWord],
  ['acronym', (s) => s.acronym],
  ['case:title', (s) => s.titleCase],
  ['comparative', (s) => s.comparative],
  ['superlative', (s) => s.superlative],
  ['tense:past', (s) => s.past],
  ['tense:perfect', (s) => s.perfect],
  ['tense:future', (s) => s.future],
  ['tense:present', (s) => !s.past && !s.perfect && !s.future],
  ['modal:conditional', (s) => s.conditional],
  ['person:i', (s) => s.firstSingular],
  ['person:we', (s) => s.firstPlural],
  ['person:you', (s) => s.second],
  ['person:they', (s) => s.third],
  ['hedge', (s) => s.hedge],
  ['time', (s) => s.time],
  ['question', (s) => s.question],
  ['exclamation', (s) => s.exclamation],
  ['pair:quantity+past', (s) => quantity(s) && (s.past || s.perfect)],
  ['pair:quantity+comparative', (s) => quantity(s) && s.comparative],
  ['pair:quantity+name', (s) => quantity(s) && s.names > 0],
  ['pair:hedge+i', (s) => s.hedge && s.firstSingular],
  ['pair:future+we', (s) => s.future && (s.firstSingular || s.firstPlural)],
  ['pair:name+past', (s) => s.names > 0 && s.past],
]

/** Every shape feature name, in a fixed order; {@link shapeFeatureIds} gives positions in this list. */
export const SHAPE_FEATURE_NAMES: readonly string[] = [...NUMBER_NAMES, ...NAME_NAMES, ...LENGTH_NAMES, ...FLAGS.map(([name]) => name)]
const NAMES_AT = NUMBER_NAMES.length
const LENGTH_AT = NAMES_AT + NAME_NAMES.length
const FLAGS_AT = LENGTH_AT + LENGTH_NAMES.length

/**
 * Writes the positions in {@link SHAPE_FEATURE_NAMES} of the features of a sentence of `words` words
 * with these cues into `out` from `at` (room for 3 + the number of flags is needed) and returns where
 * it stopped.
 */
export function shapeFeatureIds(shape: ClaimCues, words: number, out: Int32Array, at: number): number {
  out[at++] = Math.min(shape.numbers, 3)
  out[at++] = NAMES_AT + Math.min(shape.names, 3)
  out[at++] = LENGTH_AT + Math.min(words, 46)
  for (let f = 0; f < FLAGS.length; f++) if (FLAGS[f][1](shape)) out[at++] = FLAGS_AT + f
  return at
}

/** The most features {@link shapeFeatureIds} writes for one sentence. */
export const MAX_SHAPE_FEATURES = 3 + FLAGS.length

/**
 * The shape as feature names: counts in bins, flags, and a few pairs that a linear model cannot
 * build itself (numbers in the past tense are records; "I" with a hedge is a personal view).
 *
 * @example
 * shapeFeatureNames(claimShape(tokens, 0, tokens.length)) // ['numbers=1', 'names=0', 'length=4-6', 'number:percent', …]
 */
export function shapeFeatureNames(shape: ClaimShape): string[] {
  const ids = new Int32Array(MAX_SHAPE_FEATURES)
  const n = shapeFeatureIds(shape, shape.words.length, ids, 0)
  return Array.from(ids.subarray(0, n), (id) => SHAPE_FEATURE_NAMES[id])
}
