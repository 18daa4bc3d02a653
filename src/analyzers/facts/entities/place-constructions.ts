import { tokenKey } from '../../../knowledge/token-key.ts'
import type { EntityType } from '../../../report/schema.ts'
import { WordNumbers } from '../../../text/word-numbers.ts'
import type { DocumentWords } from './document-words.ts'
import { titledApposition, type NameRun } from './name-runs.ts'
import { isPossessiveAt } from './possessive-names.ts'
import { CAPITALISED, RUN_WORD, WORD } from './token-classes.ts'
import { COMMON_WORD, FUNCTION_WORD, ORGANISATION_WORD, TITLE } from './word-facts.ts'

/**
 * Places the knowledge base does not know (frontline villages, districts, camps), read from the
 * words around a name: "the village of Digishen", "the Kalbajar district", "shelled Marinka".
 * Each reading is worked out from what each word is, kept by word id (see {@link PLACE_WORDS}).
 */

// Per word, what it says of a capitalised name next to it: bits of one number.
/** A place noun before "of" and one name: "the village of", "the port of". */
const NOUN_OF = 1
/** A plural place noun before "of" and a list of names: "the villages of". */
const NOUNS_OF = 2
/** A place noun in lower case after one name: "the Kalbajar district", "Rafah crossing". */
const HEAD = 4
/** A plural place noun after a list of names: "the Kherson and Zaporizhzhia regions". */
const HEADS = 8
/** "border" or "frontier" before an area's noun: "the Tavush border area". */
const BORDER = 16
/** An area's noun after "border": "the Kursk border region", "border areas". */
const BORDER_AREA = 32
/** A verb whose object is a place wherever it stands: "shelled", "liberated", "encircled". */
const PLACE_VERB = 64
/** A verb whose object is a place only where the sentence speaks of fighting: "captured", "seized", "entered". */
const FIGHTING_VERB = 128
/** A word showing that a sentence speaks of fighting: "troops", "forces", "offensive". */
const FIGHTING_WORD = 256
/** A verb of saying: after a name it makes the name a speaker ("… and Kovalenko said"). */
const SPEECH_VERB = 512
/** A word after a possessive that names someone's kin or staff: "Petrenko's wife", "Okafor's spokesman". */
const PERSONAL = 1024
/** A lower-case word that may follow a place taken or shelled: "overnight", "twice". */
const AFTER_PLACE = 2048
/** A compass or position word: "the Central district", "the Upper East region" name a part of a country, not a place of that name. */
const COMPASS = 4096
/** A word that opens places' names of two words, not people's: "Umm Ruwaba", "Nova Kakhovka", "Khan Younis". */
const PLACE_OPENER = 8192
/** A place noun after a name that may also follow a person's: "the Jenin camp", but "the Sanders camp". */
const PERSON_HEAD = 16384
/** A word of what a site is used for, before the site's noun: "the Cincu training area", "the Hmeimim air base". */
const SITE_USE = 32768
/** A site's noun after a word of its use: "area", "ground", "range", "base". */
const SITE = 65536

const PLACE_NOUNS_OF = ['village', 'town', 'city', 'settlement', 'hamlet', 'district', 'region', 'province', 'oblast', 'county', 'municipality', 'governorate', 'area', 'island', 'port']
const PLURAL_NOUNS_OF = ['villages', 'towns', 'cities', 'settlements', 'hamlets', 'districts', 'regions', 'provinces', 'oblasts', 'counties', 'municipalities', 'governorates', 'areas', 'islands', 'ports']
// Heads that follow a place's name in lower case. Not "area" alone ("the Schengen area", "the Euro
// area" name no place), nor "city" or "town" ("the Kharkiv city council" is an organisation's name).
const PLACE_HEADS = ['district', 'region', 'province', 'oblast', 'county', 'governorate', 'municipality', 'raion', 'valley', 'camp', 'crossing', 'corridor', 'frontier']
const PLURAL_HEADS = ['districts', 'regions', 'provinces', 'oblasts', 'counties', 'governorates', 'municipalities', 'raions', 'valleys', 'camps', 'crossings', 'corridors']
const BORDER_WORDS = ['border', 'frontier']
const BORDER_AREAS = ['area', 'areas', 'region', 'regions', 'district', 'districts', 'zone', 'zones']
const PLACE_VERBS = [
  'shelled', 'bombarded', 'bombed', 'recaptured', 'retook', 'liberated', 'encircled', 'besieged', 'overran', 'pounded',
]
// Verbs that take places in war reports and other things elsewhere ("seized the assets of …", "entered Chapter 11").
const FIGHTING_VERBS = ['captured', 'seized', 'stormed', 'entered']
const FIGHTING_WORDS = [
  'troops', 'forces', 'army', 'military', 'soldiers', 'servicemen', 'brigade', 'brigades', 'battalion', 'battalions', 'regiment',
  'units', 'offensive', 'counteroffensive', 'counter-offensive', 'front', 'frontline', 'front-line', 'fighting', 'fighters',
  'militants', 'rebels', 'insurgents', 'militia', 'militias', 'artillery', 'shelling', 'assault', 'attack', 'attacks', 'battle',
  'war', 'drones', 'airstrikes', 'occupation', 'occupied', 'occupying', 'invaders', 'marines', 'paratroopers', 'infantry',
  'tanks', 'clashes', 'ceasefire', 'combat', 'defence', 'defense',
]
const SPEECH_VERBS = ['said', 'says', 'told', 'added', 'stated', 'noted', 'warned', 'stressed', 'explained', 'wrote', 'announced']
const PERSONAL_WORDS = [
  'wife', 'husband', 'son', 'daughter', 'sons', 'daughters', 'brother', 'sister', 'mother', 'father', 'family', 'children',
  'lawyer', 'lawyers', 'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'aides', 'office', 'campaign', 'supporters', 'body',
]
const AFTER_PLACE_WORDS = ['overnight', 'twice', 'repeatedly', 'again', 'early', 'late', 'yesterday', 'today']
// Words that open places' names in the lands where frontline places are reported: Arabic "umm",
// "khan", "deir", "kafr", Slavic "nova", "velyka", Romance "san", "santa".
const PLACE_OPENERS = [
  'wad', 'umm', 'khan', 'deir', 'dayr', 'kafr', 'beit', 'bayt', 'tell', 'tal', 'ras', 'jebel', 'jabal', 'wadi', 'bir', 'ain',
  'nova', 'novo', 'nove', 'novyi', 'velyka', 'velyki', 'velyke', 'mala', 'male', 'stara', 'staryi', 'nizhnia', 'verkhnia',
  'krasna', 'krasnyi', 'san', 'santa', 'sao', 'port', 'fort', 'mount', 'saint', 'st',
]
const PERSON_HEADS = ['camp', 'camps']
const SITE_USES = ['training', 'firing', 'test', 'testing', 'proving', 'bombing', 'missile', 'air', 'naval', 'military', 'army']
const SITES = ['area', 'areas', 'ground', 'grounds', 'range', 'ranges', 'base', 'bases']
const COMPASS_WORDS = ['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'middle', 'greater', 'inner', 'outer']

/**
 * Verbs of more than one word whose object is a place: "withdrew from Kherson", "advanced towards
 * Robotyne", "took control of …". Those marked `fighting` need a word of fighting in the sentence
 * ("the company withdrew from …" names a market or a deal).
 */
const PHRASAL_VERBS: readonly { words: readonly string[]; fighting: boolean }[] = [
  { words: ['withdrew', 'from'], fighting: true },
  { words: ['retreated', 'from'], fighting: false },
  { words: ['advanced', 'on'], fighting: true },
  { words: ['advanced', 'towards'], fighting: false },
  { words: ['advanced', 'toward'], fighting: false },
  { words: ['took', 'control', 'of'], fighting: true },
  { words: ['taken', 'control', 'of'], fighting: true },
]

const TABLE = new Map<string, number>()
const mark = (words: readonly string[], bit: number) => {
  for (const w of words) TABLE.set(w, (TABLE.get(w) ?? 0) | bit)
}
mark(PLACE_NOUNS_OF, NOUN_OF)
mark(PLURAL_NOUNS_OF, NOUNS_OF)
mark(PLACE_HEADS, HEAD)
mark(PLURAL_HEADS, HEADS)
mark(BORDER_WORDS, BORDER)
mark(BORDER_AREAS, BORDER_AREA)
mark(PLACE_VERBS, PLACE_VERB)
mark(FIGHTING_VERBS, FIGHTING_VERB)
mark(FIGHTING_WORDS, FIGHTING_WORD)
mark(SPEECH_VERBS, SPEECH_VERB)
mark(PERSONAL_WORDS, PERSONAL)
mark(AFTER_PLACE_WORDS, AFTER_PLACE)
mark(COMPASS_WORDS, COMPASS)
mark(PLACE_OPENERS, PLACE_OPENER)
mark(PERSON_HEADS, PERSON_HEAD)
mark(SITE_USES, SITE_USE)
mark(SITES, SITE)

/** Per word id, the bits above of its key, kept across documents. */
const PLACE_WORDS = new WordNumbers(1, (text, out) => {
  out[0] = TABLE.get(tokenKey(text)) ?? 0
})

// At most this many names in a list ("the villages of A, B, C and D").
const MAX_ITEMS = 8
// At most this many words in one name of a list.
const MAX_ITEM_WORDS = 4

/** How the words around a name read it as a place: see {@link PlaceConstructions.readingOf}. */
export type Reading = 'noun' | 'head' | 'camp' | 'verb'

/** The type of the mention covering token `i`, or null where none does. */
export type TypeAt = (i: number) => EntityType | null

/**
 * Reads the names around runs of capitalised words the knowledge base does not know, for one
 * document. Each check looks at a few tokens on either side of a run.
 */
export class PlaceConstructions {
  readonly #values: Int32Array
  readonly #ids: Int32Array
  readonly #fighting: Int8Array

  constructor(
    readonly doc: DocumentWords,
    readonly typeAt: TypeAt,
  ) {
    this.#values = PLACE_WORDS.prepare(doc.words)
    this.#ids = doc.words.ids
    this.#fighting = new Int8Array(doc.sentences.length).fill(-1)
  }

  /** The bits of token `i`: those of its key when it is written in lower case, else 0. */
  bitsAt(i: number): number {
    if (i < 0 || i >= this.#ids.length || this.doc.classes[i] & CAPITALISED) return 0
    return this.#values[this.#ids[i]]
  }

  /** The bits of token `i`'s key however it is written ("Troops" opening a sentence). */
  keyBitsAt(i: number): number {
    return this.#values[this.#ids[i]]
  }

  /**
   * How the words around the run read it, or null when they say nothing: 'noun' after a place
   * noun and "of" ("the village of Digishen", "the villages of Sotk and Kut"), 'head' before a place
   * noun in lower case ("the Kalbajar district", "the Tavush and Syunik provinces", "the Kursk
   * border area"), 'camp' before a place noun that may follow a person's name too ("the Jenin camp",
   * "the Sanders camp"), 'verb' as the object of a verb that takes places ("shelled Marinka and Avdiivka").
   */
  readingOf(run: NameRun): Reading | null {
    const sentence = this.doc.sentences[run.sentence]
    if (this.doc.sentenceCase(sentence) !== 'mixed' || !this.#plainName(run.start, run.end) || this.#allCommon(run.start, run.end)) return null
    const back = this.#listBefore(run.start, run.end, sentence.tokenStart, sentence.tokenEnd)
    if (back && this.#placeNounBefore(back.start, back.items, sentence.tokenStart)) return 'noun'
    const head = this.#placeHeadAfter(run.end, sentence.tokenEnd)
    if (head >= 0) return this.bitsAt(head) & PERSON_HEAD ? 'camp' : 'head'
    if (back && this.#placeVerbBefore(back.start, sentence.index, sentence.tokenStart) && this.#endsLikePlace(run.end, sentence.tokenEnd)) return 'verb'
    return null
  }

  /**
   * True for a run of two words or more whose first word opens longer names in the knowledge base,
   * as the given names of its people do ("Ivan", "Maria"), and no places' names only ("Umm", "Nova").
   */
  opensWithGivenName(run: NameRun): boolean {
    if (run.end - run.start < 2 || this.keyBitsAt(run.start) & PLACE_OPENER) return false
    const word = this.doc.names[run.start]
    if (word < 0) return false
    const { trie } = this.doc.kb.names
    const node = trie.child(0, word)
    return node >= 0 && trie.hasChildren(node)
  }

  /** True when a cue at the run marks a person: a title after a comma, or a verb of saying, or a possessive before kin or staff. */
  marksPerson(run: NameRun): boolean {
    const { doc } = this
    const sentence = doc.sentences[run.sentence]
    if (run.titled || titledApposition(doc, run, sentence)) return true
    const next = run.end
    if (next >= sentence.tokenEnd) return false
    if (this.bitsAt(next) & SPEECH_VERB) return true
    return isPossessiveAt(doc, next) && ((this.bitsAt(next + 1) & PERSONAL) !== 0 || doc.isTitleAt(next + 1))
  }

  // A name with no word of organisation names and no title, and not a doctrine's ("islands of Catholicism").
  #plainName(start: number, end: number): boolean {
    const { facts } = this.doc
    for (let i = start; i < end; i++) if (facts[i] & (ORGANISATION_WORD | TITLE)) return false
    return !this.doc.key(end - 1).endsWith('ism')
  }

  // True when every word of the name is an ordinary English word or a compass word ("Chapter",
  // "Artificial Intelligence", "Upper East").
  #allCommon(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.doc.classes[i] & WORD && !(this.doc.facts[i] & COMMON_WORD) && !(this.keyBitsAt(i) & COMPASS)) return false
    return true
  }

  /**
   * The start of the list of names that the run at `start`..`end` ends or stands in, and how many
   * names it holds: "Sotk" in "Sotk, Kut and Verin Shorzha" for each of the three. A comma joins names
   * only in a list that ends with "and" or "or". Null when a name of the list is a mention of
   * another kind than a place.
   */
  #listBefore(start: number, end: number, from: number, to: number): { start: number; items: number } | null {
    const { tokens } = this.doc
    let first = start
    let items = 1
    let commas = this.#listEndsWithAnd(end, to)
    while (items < MAX_ITEMS) {
      let k = first - 1
      if (k < from) break
      const text = tokens[k].text
      if (text === 'and' || text === 'or') {
        if (items > 1) break
        k--
        if (k >= from && tokens[k].text === ',') k--
        commas = true
      } else if (text === ',' && commas) k--
      else break
      const itemStart = this.#nameEndingAt(k, from)
      if (itemStart < 0) break
      if (!this.#mayBePlace(itemStart, k + 1)) return null
      first = itemStart
      items++
    }
    return { start: first, items }
  }

  // True when names separated by commas follow token `end` and the last comes after "and" or "or".
  #listEndsWithAnd(end: number, to: number): boolean {
    const { tokens } = this.doc
    let k = end
    for (let items = 0; items < MAX_ITEMS && k < to; items++) {
      const text = tokens[k].text
      if (text === 'and' || text === 'or') return this.#nameStartingAt(k + 1, to) > k + 1
      if (text !== ',') return false
      if (tokens[k + 1]?.text === 'and' || tokens[k + 1]?.text === 'or') return this.#nameStartingAt(k + 2, to) > k + 2
      const next = this.#nameStartingAt(k + 1, to)
      if (next < 0) return false
      k = next
    }
    return false
  }

  // The first token of the capitalised words that end at token `k`, or -1.
  #nameEndingAt(k: number, from: number): number {
    const { classes } = this.doc
    if (k < from || !(classes[k] & RUN_WORD)) return -1
    let s = k
    while (s - 1 >= from && k - s + 1 < MAX_ITEM_WORDS && classes[s - 1] & RUN_WORD) s--
    return s
  }

  // The end of the capitalised words that start at token `k`, or -1.
  #nameStartingAt(k: number, to: number): number {
    const { classes } = this.doc
    if (k >= to || !(classes[k] & RUN_WORD)) return -1
    let e = k + 1
    while (e < to && e - k < MAX_ITEM_WORDS && classes[e] & RUN_WORD) e++
    return e
  }

  // True when no mention of another kind than a place covers tokens `start`..`end`.
  #mayBePlace(start: number, end: number): boolean {
    for (let i = start; i < end; i++) {
      const type = this.typeAt(i)
      if (type !== null && type !== 'location') return false
    }
    return true
  }

  // "the village of", "the villages of" before the list at `start`; one name after a singular noun.
  #placeNounBefore(start: number, items: number, from: number): boolean {
    const of = start - 1
    if (of - 1 < from || this.doc.tokens[of].text !== 'of') return false
    const bits = this.bitsAt(of - 1)
    return (bits & NOUNS_OF) !== 0 || (items === 1 && (bits & NOUN_OF) !== 0)
  }

  // The place noun in lower case after the run, or after the list the run opens or stands in
  // ("Tavush, Syunik and Gegharkunik provinces"): plural after a list, either after one name; or -1.
  #placeHeadAfter(end: number, to: number): number {
    const { tokens } = this.doc
    let k = end
    let items = 1
    while (k < to && items < MAX_ITEMS) {
      const text = tokens[k].text
      let next = k
      if (text === ',') next++
      if (next < to && (tokens[next].text === 'and' || tokens[next].text === 'or')) next++
      if (next === k) break
      const itemEnd = this.#nameStartingAt(next, to)
      if (itemEnd < 0 || !this.#mayBePlace(next, itemEnd)) return -1
      k = itemEnd
      items++
    }
    if (k >= to) return -1
    const bits = this.bitsAt(k)
    // "border area", "frontier regions"
    if (bits & BORDER && this.bitsAt(k + 1) & BORDER_AREA) return k
    // "training area", "air base"
    if (bits & SITE_USE && this.bitsAt(k + 1) & SITE) return k
    return bits & HEADS || (items === 1 && bits & HEAD) ? k : -1
  }

  // A verb that takes places right before token `start` ("shelled", "withdrew from"); one that takes
  // other things too only in a sentence that speaks of fighting.
  #placeVerbBefore(start: number, sentence: number, from: number): boolean {
    const k = start - 1
    if (k < from) return false
    const bits = this.bitsAt(k)
    if (bits & PLACE_VERB) return true
    if (bits & FIGHTING_VERB) return this.#aboutFighting(sentence)
    for (const verb of PHRASAL_VERBS) if (this.#wordsEndAt(verb.words, k, from)) return !verb.fighting || this.#aboutFighting(sentence)
    return false
  }

  // True when the tokens ending at `k` are `words`, in lower case.
  #wordsEndAt(words: readonly string[], k: number, from: number): boolean {
    const first = k - words.length + 1
    if (first < from) return false
    for (let w = 0; w < words.length; w++) {
      const i = first + w
      if (this.doc.classes[i] & CAPITALISED || this.doc.key(i) !== words[w]) return false
    }
    return true
  }

  // What follows the name befits a place taken or shelled: the sentence's end, a punctuation mark,
  // a small word ("in", "and", "on"), an adverb ("overnight", "heavily") or a possessive; not a noun
  // the name modifies ("seized Norland accounts").
  #endsLikePlace(end: number, to: number): boolean {
    const { doc } = this
    if (end >= to) return true
    const t = doc.tokens[end]
    if (t.kind === 'punct' || isPossessiveAt(doc, end)) return true
    if (t.kind !== 'word' || doc.classes[end] & CAPITALISED) return false
    if (doc.facts[end] & FUNCTION_WORD || this.bitsAt(end) & AFTER_PLACE) return true
    const key = doc.key(end)
    return key.length > 4 && key.endsWith('ly')
  }

  // True when a word of fighting stands in the sentence.
  #aboutFighting(index: number): boolean {
    let known = this.#fighting[index]
    if (known < 0) {
      const sentence = this.doc.sentences[index]
      known = 0
      for (let i = sentence.tokenStart; i < sentence.tokenEnd && known === 0; i++) if (this.keyBitsAt(i) & FIGHTING_WORD) known = 1
      this.#fighting[index] = known
    }
    return known === 1
  }
}

/** The runs read as places and the runs left for other rules. */
export interface PlaceSplit {
  places: NameRun[]
  rest: NameRun[]
}

/**
 * Splits runs of capitalised words the knowledge base does not know into places read from the
 * words around them (see {@link PlaceConstructions.readingOf}) and the rest. A run with a person's
 * cue stays out: a title, a verb of saying after it, a possessive before kin or staff, a word of
 * a person named in full elsewhere (`personWords`), or, where a verb or "camp" gives the reading,
 * a given name opening it ("captured Ivan Petrov", "the Bernie Sanders camp"). Runs spelled like a place found so elsewhere in the document
 * are that place too, as a name reads the same way each time it comes back.
 */
export function placesByConstruction(runs: readonly NameRun[], doc: DocumentWords, typeAt: TypeAt, personWords: ReadonlySet<string>): PlaceSplit {
  if (runs.length === 0) return { places: [], rest: [] }
  const reader = new PlaceConstructions(doc, typeAt)
  const places: NameRun[] = []
  const undecided: NameRun[] = []
  const spellings = new Set<string>()
  for (const run of runs) {
    const reading = reader.readingOf(run)
    const person = reading === null || reader.marksPerson(run) || hasPersonWord(doc, run, personWords) || (reading !== 'noun' && reading !== 'head' && reader.opensWithGivenName(run))
    if (person) undecided.push(run)
    else {
      places.push(run)
      spellings.add(spellingOf(doc, run))
    }
  }
  if (spellings.size === 0) return { places, rest: undecided }
  const rest: NameRun[] = []
  for (const run of undecided) {
    if (spellings.has(spellingOf(doc, run)) && !reader.marksPerson(run) && !hasPersonWord(doc, run, personWords)) places.push(run)
    else rest.push(run)
  }
  return { places, rest }
}

// True when a word of the run is a word of a person the document names in full.
function hasPersonWord(doc: DocumentWords, run: NameRun, personWords: ReadonlySet<string>): boolean {
  if (personWords.size === 0) return false
  for (let i = run.start; i < run.end; i++) if (personWords.has(doc.key(i))) return true
  return false
}

// The keys of a run's words joined with spaces.
function spellingOf(doc: DocumentWords, run: NameRun): string {
  let key = doc.key(run.start)
  for (let i = run.start + 1; i < run.end; i++) key += ' ' + doc.key(i)
  return key
}
