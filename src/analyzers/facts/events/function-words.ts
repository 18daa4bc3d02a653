/** Closed-class English words the event rules look at, lower-case. */

export const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'some', 'any',
  'another', 'each', 'every', 'such', 'both', 'all', 'several', 'many', 'new', 'further', 'fresh', 'latest', 'first',
])

/** Words that open a noun phrase for certain: after them an inflected verb form is a noun or adjective ("the detained"). */
export const NOUN_OPENERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'every', 'each', 'another'])

export const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it', 'who', 'which', 'that'])

export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", '’s', "'re", '’re'])

export const HAVE_FORMS = new Set(['has', 'have', 'had', 'having'])

export const DO_FORMS = new Set(['do', 'does', 'did'])

export const MODALS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', "'ll", '’ll', "'d", '’d'])

export const PREPOSITIONS = new Set([
  'of', 'in', 'on', 'at', 'for', 'with', 'against', 'after', 'before', 'during', 'amid', 'following', 'over', 'under', 'by',
  'from', 'to', 'into', 'near', 'across', 'about', 'since', 'despite', 'between', 'among', 'through', 'without', 'upon',
])

/** Words that put a following place name in the "where" slot. */
export const LOCATIVE = new Set(['in', 'at', 'near', 'across', 'inside', 'outside', 'throughout', 'around', 'off', 'along', 'within', 'over', 'outskirts'])

/** Direction and position words that may sit between a preposition and a place name: "in northern Syria". */
export const PLACE_MODIFIERS = new Set([
  'northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west', 'north-eastern', 'north-western',
  'south-eastern', 'south-western', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'northeast', 'northwest',
  'southeast', 'southwest', 'occupied', 'eastern-most', 'coastal', 'border', 'capital', 'city', 'town', 'region', 'province',
])

/** Adverbs that may sit between a subject and its verb: "Russia reportedly deployed". */
export const VERB_ADVERBS = new Set([
  'also', 'reportedly', 'allegedly', 'then', 'again', 'jointly', 'already', 'recently', 'just', 'now', 'still', 'later',
  'subsequently', 'finally', 'officially', 'formally', 'publicly', 'repeatedly', 'previously', 'once', 'today', 'yesterday',
])

/** Returns true for negating words, including contracted forms ("didn't", "won't"). */
export function isNegation(lower: string): boolean {
  return lower === 'not' || lower === 'never' || lower === 'no' || lower === 'neither' || lower === 'nor' || /n['’]t$/.test(lower)
}
