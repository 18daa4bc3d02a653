/** The tense of a clause; 'unknown' when it has no tense marker (headlines, noun phrases). */
export type Tense = 'past' | 'future' | 'unknown'

const FUTURE = new Set(['will', 'shall', "'ll", '’ll', 'would', 'going', 'scheduled', 'upcoming', 'next', 'tomorrow', 'plans', 'plan', 'planned', 'intends', 'intend', 'expected', 'due', 'set', 'forthcoming', 'later'])
const PAST = new Set([
  'was', 'were', 'had', 'did', 'said', 'told', 'ago', 'yesterday', 'last', 'met', 'held', 'went', 'came', 'took', 'gave', 'made', 'began', 'left', 'fled', 'saw',
  'sent', 'spoke', 'wrote', 'struck', 'fought', 'won', 'lost', 'shot', 'stood', 'led', 'brought', 'bought', 'built', 'caught', 'drew', 'drove', 'fell', 'flew',
  'got', 'grew', 'heard', 'hid', 'kept', 'knew', 'laid', 'meant', 'paid', 'ran', 'rose', 'sat', 'sold', 'shook', 'spent', 'stole', 'swore', 'taught', 'threw',
  'understood', 'withdrew', 'broke', 'chose', 'became', 'arose', 'found', 'overran', 'sought', 'thought', 'felt', 'hit', 'put', 'began', 'signed', 'earlier',
])
// -ed words that are not past forms.
const NOT_PAST = new Set(['need', 'speed', 'indeed', 'proceed', 'succeed', 'exceed', 'feed', 'seed', 'breed', 'bleed', 'greed', 'creed', 'embed', 'naked', 'sacred', 'wicked', 'hundred', 'kindred', 'shed', 'united'])
// Words that put a following past form into the future: "will be held", "is to be signed".
const FUTURE_AUXILIARY = new Set(['will', 'shall', 'would', 'be', "'ll", '’ll', 'to'])
const WORD = /[\p{L}'’]+/gu
// Made once: compiled down for an older runtime, a \p{…} literal in a function is rebuilt at each call.
const STARTS_UPPER = /^\p{Lu}/u

function markerOf(word: string): 'past' | 'future' | null {
  if (FUTURE.has(word)) return 'future'
  if (PAST.has(word)) return 'past'
  if (word.length > 4 && word.endsWith('ed') && !NOT_PAST.has(word)) return 'past'
  return null
}

/**
 * The tense of the clause around a date at `at` in `sentence` (text offsets of the sentence start
 * given by `offset`): the tense of the nearest tense marker ("will", "said", "-ed" forms); a past
 * form right after "will be"/"to be" reads as future; 'unknown' when there is no marker.
 *
 * @example
 * tenseAround('The talks will be held on Tuesday.', 0, 27) // 'future'
 */
export function tenseAround(sentence: string, offset: number, at: number): Tense {
  let best: Tense = 'unknown'
  let bestDistance = Infinity
  // The three words before the current one, for "will be held", "is to be signed".
  let [w1, w2, w3] = ['', '', '']
  let first = true
  for (const m of sentence.matchAll(WORD)) {
    const lower = m[0].toLowerCase()
    const capitalised = m[0] !== lower && STARTS_UPPER.test(m[0])
    let tense = capitalised && lower !== 'will' && !first ? null : markerOf(lower)
    if (lower === 'be' && w1 === 'to') tense = 'future'
    if (tense === 'past' && (FUTURE_AUXILIARY.has(w1) || FUTURE_AUXILIARY.has(w2) || FUTURE_AUXILIARY.has(w3)) && lower !== 'said' && lower !== 'was' && lower !== 'were') tense = 'future'
    ;[w3, w2, w1] = [w2, w1, lower]
    first = false
    if (!tense) continue
    const start = offset + m.index!
    const distance = start < at ? at - (start + m[0].length) : start - at
    if (distance < bestDistance) [best, bestDistance] = [tense, distance]
  }
  return best
}
