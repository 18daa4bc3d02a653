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
const DETERMINERS = new Set(['the', 'a', 'an', 'their', 'our', 'its', 'his', 'her', 'your', 'these', 'those', 'this', 'that', 'every', 'all', 'some', 'many', 'other', 'newly'])
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen', 'dozens', 'hundred', 'hundreds', 'thousand', 'thousands', 'several', 'few'])
const PRESENT_BE = new Set(['is', 'are', 'am', "'s", '’s', "'re", '’re'])
// Modals (and "to") that put a past form right after them, or after their "have" or "have been", into the future: "will last", "will have arrived".
const FUTURE_MODAL = new Set(['will', 'shall', 'would', "'ll", '’ll', 'to'])
// Words that end a clause: a marker after the date and after one of them belongs to another clause
// ("took over on 1 August and will hand over in December").
const CLAUSE_BREAK = new Set(['and', 'but', 'while', 'whereas', 'which', 'who'])
const WORD = /[\p{L}\p{N}'’]+/gu
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
  let afterBreak = false
  for (const m of sentence.matchAll(WORD)) {
    const lower = m[0].toLowerCase()
    const capitalised = m[0] !== lower && STARTS_UPPER.test(m[0])
    let tense = capitalised && lower !== 'will' && !first ? null : markerOf(lower)
    if (lower === 'be' && w1 === 'to') tense = 'future'
    // A past form after "be" is never past: "will be held", "is to be signed", "could not be extended";
    // after "have" or "have been" only with a modal of the future: "will have arrived" (but "could have stopped").
    // Right after a modal or "to", a past marker is a verb of the future: "will last until April".
    const auxiliary = w1 === 'be' || FUTURE_MODAL.has(w1) || (w1 === 'have' && FUTURE_MODAL.has(w2)) || (w1 === 'been' && w2 === 'have' && FUTURE_MODAL.has(w3))
    if (tense === 'past' && auxiliary && lower !== 'said' && lower !== 'was' && lower !== 'were') tense = 'future'
    // An "-ed" word after a determiner describes a noun: "the allied troops", "an armed group".
    // "150 armoured vehicles", "two injured soldiers" too.
    // After "is" or "are" it is a present passive: "Citizens are invited to the open day on 26 April".
    if (tense === 'past' && !PAST.has(lower) && (DETERMINERS.has(w1) || /^\d/.test(w1) || NUMBER_WORDS.has(w1) || PRESENT_BE.has(w1))) tense = null
    // "is planning a vote on Saturday", "are preparing to strike on Friday" (not "the planning of the raid").
    if ((lower === 'planning' || lower === 'preparing') && PRESENT_BE.has(w1)) tense = 'future'
    ;[w3, w2, w1] = [w2, w1, lower]
    first = false
    const start = offset + m.index!
    if (start > at && CLAUSE_BREAK.has(lower)) afterBreak = true
    if (!tense) continue
    // A marker after the date and past a clause break counts only when nothing nearer does.
    if (start > at && afterBreak && best !== 'unknown') continue
    const distance = start < at ? at - (start + m[0].length) : start - at
    if (distance < bestDistance) [best, bestDistance] = [tense, distance]
  }
  return best
}
