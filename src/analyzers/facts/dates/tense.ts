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
// Modals of what may come: "said it could take place on Friday", "the vote may be held in June".
// Not before a word that tells of what was possible then: "could not leave on Tuesday", "could hear blasts on Monday".
const MAYBE_MODAL = new Set(['could', 'may', 'might', 'should'])
const NOT_AFTER_MAYBE = new Set(['not', 'never', 'only', 'barely', 'hardly', 'no', 'still', 'hear', 'see', 'feel', 'smell'])
// Words of deciding or promising: "to" right after them opens the infinitive of an act still ahead
// ("had agreed to bring the rules into force on 1 January", "voted to hold the poll in June").
const AHEAD_BEFORE_TO = new Set([
  'agreed', 'agree', 'agrees', 'decided', 'decide', 'decides', 'decision', 'voted', 'vote', 'votes', 'promised', 'promise', 'promises', 'pledged', 'pledge', 'pledges',
  'vowed', 'vow', 'vows', 'plan', 'plans', 'planned', 'intend', 'intends', 'intended', 'threatened', 'threaten', 'threatens', 'proposed', 'propose', 'proposes',
])
// Verbs of calling on someone: "to" a few words on opens what they are called to do ("call on all patriots to rally …").
const CALL_ON = new Set(['call', 'calls', 'called', 'calling'])
const URGE = new Set(['urge', 'urges', 'urged', 'urging', 'ask', 'asks', 'asked', 'asking', 'invite', 'invites', 'invited', 'inviting'])
// A call made in the past looks ahead only to a gathering: "called on supporters to rally on Saturday",
// while "asked residents to stay indoors on Tuesday" may tell of the day of the call.
const PAST_CALL = new Set(['called', 'urged', 'asked', 'invited'])
// What is called for and held on a day: "called for a national day of protest on Thursday" (not "called for a ceasefire on Monday"),
// "called on supporters to rally on Saturday".
const GATHERING = new Set([
  'protest', 'protests', 'strike', 'strikes', 'rally', 'rallies', 'march', 'marches', 'demonstration', 'demonstrations', 'vote', 'election', 'elections', 'referendum',
  'boycott', 'shutdown', 'walkout', 'vigil', 'mourning', 'session', 'meeting', 'talks', 'summit', 'gather', 'join', 'attend', 'demonstrate', 'assemble',
])
// Moving a thing to a later time: "postponed the election until December", "extended the mandate to June".
const PUT_OFF = new Set([
  'postpone', 'postpones', 'postponed', 'postponing', 'delay', 'delays', 'delayed', 'delaying', 'defer', 'defers', 'deferred', 'deferring', 'reschedule',
  'rescheduled', 'adjourned', 'adjourn', 'extend', 'extends', 'extended', 'extending', 'prolonged', 'prolong', 'pushed', 'put',
])
// Verbs of saying that attribute a clause ("…, the ministry said").
const REPORTING = new Set(['said', 'told', 'added', 'warned', 'announced', 'reported', 'stated', 'wrote', 'noted', 'claimed', 'confirmed', 'insisted'])
const UNTIL = new Set(['until', 'till', 'to'])
// The first word of an imperative or a call, which has no tense and looks ahead: "Come … on Saturday at noon", "Join us on Friday".
const IMPERATIVE = new Set(['come', 'join', 'vote', 'gather', 'rally', 'attend', 'register', 'visit', 'bring', 'stand', 'show', 'support', 'stay', 'go', 'don’t', "don't", "let's", 'let’s', 'please'])
// Words that end a clause: a marker after the date and after one of them belongs to another clause
// ("took over on 1 August and will hand over in December").
const CLAUSE_BREAK = new Set(['and', 'but', 'while', 'whereas', 'which', 'who'])
const WORD = /[\p{L}\p{N}'’]+/gu
// Made once: compiled down for an older runtime, a \p{…} literal in a function is rebuilt at each call.
const STARTS_UPPER = /^\p{Lu}/u
// "the Thursday deadline", "the 1 March vote": a date that describes a noun is no time of an act ahead.
const ATTRIBUTIVE_BEFORE = /(?:\b(?:the|his|her|its|their|our|your|my)|['’]s)\s+$/i
// A preposition right before the date: what someone is called on to do is placed by one ("to rally … on Saturday"),
// while a bare date after the call is the day of the call ("urged senators to get on board Tuesday").
const PREPOSITION_BEFORE = /\b(?:on|in|at|by|from|until|till|before|after)\s+$/i
// "could be seen … on Tuesday": what could be seen or heard was there then.
const SEEN = new Set(['seen', 'heard', 'felt'])
// How many words back a verb of calling or putting off may stand from its "to" or "until".
const OBJECT_WORDS = 6
// How many words back a word of deciding may stand from its "to" ("agreed with Kyiv on Monday to …").
const DECIDED_WORDS = 4

function markerOf(word: string): 'past' | 'future' | null {
  if (FUTURE.has(word) || MAYBE_MODAL.has(word)) return 'future'
  if (PAST.has(word)) return 'past'
  if (word.length > 4 && word.endsWith('ed') && !NOT_PAST.has(word)) return 'past'
  return null
}

/**
 * Whether the word at `i` opens, before a date, a complement that tells of an act ahead: "to" after a
 * word of deciding ("agreed to bring …") or after calling someone ("call on all patriots to rally …"),
 * "for" a gathering after calling ("called for a national day of protest on …"), "until"/"to" right
 * before the date after putting something off ("postponed the election until December").
 */
function opensAhead(words: readonly string[], i: number, date: { rightAfter: boolean; afterPreposition: boolean }, gatheringBefore: (from: number) => boolean): boolean {
  const word = words[i]
  // An infinitive opens with a verb, not with a determiner: "sent the decision to the courts" is no infinitive.
  const infinitive = word === 'to' && !DETERMINERS.has(words[i + 1] ?? '') && !/^\d/.test(words[i + 1] ?? '')
  const back = (test: (w: string, j: number) => boolean) => {
    for (let j = i - 1; j >= Math.max(0, i - OBJECT_WORDS); j--) {
      if (CLAUSE_BREAK.has(words[j])) return false
      if (test(words[j], j)) return true
    }
    return false
  }
  // The word of deciding may stand a few words back ("decided on Monday to hold elections in December");
  // "already pledged to do" tells of an act reported as done.
  if (infinitive && back((w, j) => AHEAD_BEFORE_TO.has(w) && words[j - 1] !== 'already' && i - j <= DECIDED_WORDS)) return true
  const calledOn = (w: string, j: number) => URGE.has(w) || (CALL_ON.has(w) && (words[j + 1] === 'on' || words[j + 1] === 'upon'))
  if (infinitive && date.afterPreposition && back((w, j) => calledOn(w, j) && (!PAST_CALL.has(w) || gatheringBefore(i + 1)))) return true
  if (word === 'for' && CALL_ON.has(words[i - 1] ?? '') && gatheringBefore(i + 1)) return true
  if (UNTIL.has(word) && date.rightAfter && back((w, j) => PUT_OFF.has(w) && (w !== 'pushed' || words[j + 1] === 'back') && (w !== 'put' || words[j + 1] === 'off'))) return true
  return false
}

/**
 * The tense of the clause around a date at `at` in `sentence` (text offsets of the sentence start
 * given by `offset`): the tense of the nearest tense marker ("will", "could", "said", "-ed" forms); a
 * past form right after "will be"/"to be" reads as future; 'unknown' when there is no marker.
 * Before the date, a complement of an act ahead reads as future: "had agreed to bring … on 1 January",
 * "called for a day of protest on Thursday", "postponed the election until December"; so does an
 * imperative that opens the sentence (`opensSentence`: the text starts where the sentence does).
 *
 * @example
 * tenseAround('The talks will be held on Tuesday.', 0, 27) // 'future'
 */
export function tenseAround(sentence: string, offset: number, at: number, opensSentence = true): Tense {
  const tokens = [...sentence.matchAll(WORD)]
  const words = tokens.map((m) => m[0].toLowerCase())
  const lead = sentence.slice(Math.max(0, at - offset - 8), at - offset)
  const attributive = ATTRIBUTIVE_BEFORE.test(lead)
  const afterPreposition = PREPOSITION_BEFORE.test(lead)
  // Index of the first word at or after the date.
  let dateWord = tokens.findIndex((m) => offset + m.index! >= at)
  if (dateWord < 0) dateWord = tokens.length
  // "Friday's statement": a possessive date describes a noun too.
  const describesNoun = attributive || /['’]s$/.test(words[dateWord] ?? '')
  const gatheringBefore = (from: number) => {
    for (let j = from; j < dateWord; j++) if (GATHERING.has(words[j])) return true
    return false
  }
  let best: Tense = 'unknown'
  let bestDistance = Infinity
  let afterBreak = false
  // Whether the nearest marker is a complement of an act ahead, and whether the date's own clause goes on
  // to tell of an act done: "The vote, delayed until 3 May, went ahead" is past.
  let bestAhead = false
  let doneAfter = false
  let afterThat = false
  for (let i = 0; i < tokens.length; i++) {
    const m = tokens[i]
    const lower = words[i]
    const [w1, w2, w3] = [words[i - 1] ?? '', words[i - 2] ?? '', words[i - 3] ?? '']
    const first = i === 0
    const capitalised = m[0] !== lower && STARTS_UPPER.test(m[0])
    let tense = capitalised && lower !== 'will' && !first ? null : markerOf(lower)
    // "May" is a month; "could not leave" and "could hear" tell of what was possible then.
    if (MAYBE_MODAL.has(lower) && (m[0] === 'May' || NOT_AFTER_MAYBE.has(words[i + 1] ?? '') || words[i + 1] === 'have' || (words[i + 1] === 'be' && SEEN.has(words[i + 2] ?? '')))) tense = null
    // A modal tells of what may come only for a date after it: not "such as Monday's, may affect".
    if (MAYBE_MODAL.has(lower) && (offset + m.index! > at || describesNoun)) tense = null
    if (lower === 'be' && w1 === 'to') tense = 'future'
    // "is to sign the deal on Friday".
    if (lower === 'to' && PRESENT_BE.has(w1)) tense = 'future'
    // A past form after "be" is never past: "will be held", "is to be signed", "could not be extended";
    // after "have" or "have been" only with a modal of the future: "will have arrived" (but "could have stopped").
    // Right after a modal or "to", a past marker is a verb of the future: "will last until April", "could hit airports on Friday".
    const auxiliary = w1 === 'be' || FUTURE_MODAL.has(w1) || (MAYBE_MODAL.has(w1) && tokens[i - 1][0] !== 'May') || (w1 === 'have' && FUTURE_MODAL.has(w2)) || (w1 === 'been' && w2 === 'have' && FUTURE_MODAL.has(w3))
    if (tense === 'past' && auxiliary && lower !== 'said' && lower !== 'was' && lower !== 'were') tense = 'future'
    // "could be heard across the city on Friday": what could be seen or heard was there then.
    if (SEEN.has(lower) && w1 === 'be' && w2 === 'could') tense = 'past'
    // An "-ed" word after a determiner describes a noun: "the allied troops", "an armed group".
    // "150 armoured vehicles", "two injured soldiers" too.
    // After "is" or "are" it is a present passive: "Citizens are invited to the open day on 26 April".
    if (tense === 'past' && !PAST.has(lower) && (DETERMINERS.has(w1) || /^\d/.test(w1) || NUMBER_WORDS.has(w1) || PRESENT_BE.has(w1))) tense = null
    // "is planning a vote on Saturday", "are preparing to strike on Friday" (not "the planning of the raid").
    if ((lower === 'planning' || lower === 'preparing') && PRESENT_BE.has(w1)) tense = 'future'
    const start = offset + m.index!
    // Before the date, a complement of an act ahead; a date that describes a noun ("the Thursday deadline") is left.
    const ahead = start < at && !describesNoun && opensAhead(words, i, { rightAfter: at - (start + m[0].length) <= 2, afterPreposition }, gatheringBefore)
    if (ahead) tense = 'future'
    if (first && opensSentence && capitalised && IMPERATIVE.has(lower) && !/^\d/.test(words[1] ?? '')) tense = 'future'
    if (start > at && CLAUSE_BREAK.has(lower)) afterBreak = true
    if (start > at && lower === 'that') afterThat = true
    if (!tense) continue
    // A marker after the date and past a clause break counts only when nothing nearer does.
    // So does a verb of saying after a comma, which attributes the clause and does not give its tense:
    // "Strikes could hit airports on Friday, unions warned".
    const attribution = start > at && REPORTING.has(lower) && sentence.slice(at - offset, m.index).includes(',')
    if (start > at && tense === 'past' && !afterBreak && !afterThat && !attribution) doneAfter = true
    if (start > at && (afterBreak || attribution) && best !== 'unknown') continue
    const distance = start < at ? at - (start + m[0].length) : start - at
    if (distance < bestDistance) [best, bestDistance, bestAhead] = [tense, distance, ahead]
  }
  return bestAhead && doneAfter ? 'past' : best
}
