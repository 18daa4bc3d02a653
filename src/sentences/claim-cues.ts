/**
 * Word lists for the check-worthiness features. Lower-case, straight apostrophes. They describe
 * grammar and the shape of a claim (numbers, tense, comparison, hedging, person), never a party,
 * country or side, so the same sentence scores the same whoever says it.
 */

/** Past forms of irregular verbs ("fell", "won", "paid"); regular past forms are found by their "-ed". */
export const IRREGULAR_PAST = [
  'was', 'were', 'had', 'did', 'said', 'made', 'went', 'took', 'got', 'gave', 'came', 'became', 'began', 'brought',
  'bought', 'built', 'caught', 'chose', 'drew', 'drove', 'fell', 'felt', 'fought', 'found', 'flew', 'forgot', 'grew',
  'heard', 'held', 'knew', 'led', 'left', 'lent', 'lost', 'meant', 'met', 'paid', 'ran', 'rose', 'saw', 'sold',
  'sent', 'shot', 'spent', 'stood', 'stole', 'struck', 'taught', 'told', 'thought', 'threw', 'understood', 'won',
  'wrote', 'sought', 'sank', 'shrank', 'swore', 'tore', 'wore', 'withdrew', 'overtook', 'froze', 'hid', 'laid',
  'rode', 'rang', 'sang', 'spoke', 'slept', 'stuck', 'swept', 'fled', 'dealt', 'broke', 'ate', 'forgave', 'undertook',
]

/** Past participles of irregular verbs, for the perfect ("have risen", "has been", "had won"). */
export const IRREGULAR_PARTICIPLES = [
  'been', 'done', 'seen', 'given', 'taken', 'gone', 'known', 'shown', 'grown', 'written', 'spoken', 'chosen', 'driven',
  'eaten', 'fallen', 'forgotten', 'hidden', 'risen', 'stolen', 'thrown', 'broken', 'frozen', 'become', 'come', 'run',
  'begun', 'made', 'said', 'had', 'got', 'gotten', 'lost', 'paid', 'won', 'sold', 'told', 'left', 'kept', 'built',
  'brought', 'bought', 'caught', 'taught', 'thought', 'found', 'held', 'led', 'met', 'sent', 'spent', 'stood',
  'understood', 'cut', 'put', 'set', 'hit', 'let', 'fled', 'dealt', 'sought', 'drawn', 'flown', 'struck',
]

/** Words ending in "-ed" that are not past forms. */
export const NOT_PAST_ED = [
  'need', 'speed', 'feed', 'seed', 'bed', 'red', 'shed', 'hundred', 'indeed', 'proceed', 'succeed', 'exceed', 'breed',
  'greed', 'bleed', 'deed', 'weed', 'sacred', 'naked', 'wicked', 'kindred', 'creed', 'steed', 'wed', 'fled', 'led',
]

/** Auxiliaries of the perfect. */
export const PERFECT_AUXILIARIES = ['have', 'has', 'had', "'ve", "'d", "i've", "we've", "you've", "they've", "we'd", "they'd", "he's", "she's", "it's"]

/** Markers of the future. */
export const FUTURE_WORDS = ['will', "'ll", "won't", 'gonna', "i'll", "we'll", "you'll", "they'll", "he'll", "she'll", "it'll", 'shall']

/** Modal verbs of possibility and condition. */
export const CONDITIONAL_MODALS = ['would', 'could', 'might', 'should', "wouldn't", "couldn't", "shouldn't", "'d"]

/** Hedges: the speaker signals uncertainty or a personal view rather than a fact. */
export const HEDGES = [
  'think', 'believe', 'feel', 'guess', 'suppose', 'maybe', 'perhaps', 'probably', 'possibly', 'might', 'may', 'seem',
  'seems', 'seemed', 'appear', 'appears', 'likely', 'unlikely', 'hope', 'doubt', 'suspect', 'imagine', 'presumably',
  'apparently', 'arguably', 'somewhat', 'sort', 'kind',
]

/** Comparative words that do not end in "-er". */
export const COMPARATIVES = ['more', 'less', 'fewer', 'better', 'worse', 'than', 'compared', 'versus', 'twice', 'double', 'doubled', 'tripled', 'halved']

/** Superlative and record words that do not end in "-est". */
export const SUPERLATIVES = ['most', 'least', 'record', 'ever', 'history', 'first', 'last', 'only', 'unprecedented', 'all-time']

/** Words ending in "-est" that are not superlatives. */
export const NOT_SUPERLATIVE_EST = [
  'interest', 'honest', 'forest', 'protest', 'request', 'suggest', 'invest', 'arrest', 'contest', 'test', 'rest', 'west',
  'harvest', 'modest', 'manifest', 'digest', 'conquest', 'guest', 'nest', 'pest', 'quest', 'chest', 'vest', 'attest',
  'detest', 'divest', 'ingest', 'infest', 'molest', 'unrest', 'behest', 'earnest', 'dishonest', 'congest', 'midwest',
  'southwest', 'northwest', 'lest', 'zest', 'crest', 'jest',
]

/** Words ending in "-er" that are not comparatives, for "-er than" checks. */
export const NOT_COMPARATIVE_ER = ['other', 'rather', 'either', 'neither', 'whether', 'never', 'ever', 'over', 'under', 'after']

/** Words for a quantity without digits. */
export const NUMBER_WORDS = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty',
  'seventy', 'eighty', 'ninety', 'hundred', 'hundreds', 'thousand', 'thousands', 'dozen', 'dozens', 'half', 'third',
  'quarter', 'twice', 'triple', 'double', 'single',
]

/** Scale words that make an amount large ("4 billion", "millions of"). */
export const MAGNITUDE_WORDS = ['thousand', 'thousands', 'million', 'millions', 'billion', 'billions', 'trillion', 'trillions', 'bn', 'm', 'k', 'mn', 'tn']

/** Words for a share or a rate. */
export const PERCENT_WORDS = ['percent', 'per', 'percentage', 'percentages', 'pct', 'rate', 'rates']

/** Currency words and symbols. */
export const CURRENCY_WORDS = [
  '$', '£', '€', '¥', '₹', '₽', 'dollar', 'dollars', 'euro', 'euros', 'pound', 'pounds', 'yen', 'yuan', 'rupee', 'rupees',
  'rouble', 'roubles', 'ruble', 'rubles', 'franc', 'francs', 'usd', 'eur', 'gbp', 'cents', 'pence',
]

/** Personal pronouns by person. */
export const FIRST_SINGULAR = ['i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'd", "i'll"]
export const FIRST_PLURAL = ['we', 'us', 'our', 'ours', 'ourselves', "we're", "we've", "we'd", "we'll", "let's"]
export const SECOND_PERSON = ['you', 'your', 'yours', 'yourself', 'yourselves', "you're", "you've", "you'd", "you'll"]
export const THIRD_PERSON = ['he', 'she', 'they', 'him', 'her', 'them', 'his', 'their', 'theirs', "he's", "she's", "they're", "they've", "they'd"]

/** Time words that anchor a claim ("in 2019", "last year", "since January"). */
export const TIME_WORDS = [
  'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'decade', 'decades', 'century', 'yesterday',
  'today', 'since', 'ago', 'last', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'quarter', 'annually', 'annual',
]

/** Verbs that attribute a quotation to its speaker ("…,” said the minister). */
export const SPEECH_VERBS = [
  'said', 'says', 'added', 'adds', 'asked', 'asks', 'told', 'declared', 'stated', 'explained', 'noted', 'insisted',
  'warned', 'wrote', 'writes', 'continued', 'concluded', 'stressed', 'argued', 'according', 'commented', 'replied',
  'recalled', 'emphasised', 'emphasized', 'underlined', 'remarked', 'observed', 'announced',
]
