import type { KnowledgeBase } from '../../../knowledge/knowledge-base.ts'
import { AliasFlag } from '../../../knowledge/types.ts'
import type { Sentence } from '../../../text/types.ts'
import { WordNumbers } from '../../../text/word-numbers.ts'
import { tokenKey } from '../../../knowledge/token-key.ts'
import type { DocumentWords } from './document-words.ts'
import { CAPITALISED, RUN_WORD, UPPER } from './token-classes.ts'
import { COMMON_WORD, FUNCTION_OR_CONTRACTION, FUNCTION_WORD, JOINER_TEXT, ORGANISATION_WORD, TITLE_MODIFIER } from './word-facts.ts'

/** A ship's or a weapon's name: tokens `start`..`end`, or only characters `chars` of one token ("Shahed" in "Shahed-type"). */
export interface ThingName {
  start: number
  end: number
  chars?: [number, number]
  /** A ship's hull number in brackets after its name, another name of the same ship: "R08" of "HMS Queen Elizabeth (R08)". */
  alias?: { start: number; end: number }
}

/**
 * Prefixes navies write before their ships' names, as written (capitals): "USS Gerald R. Ford",
 * "HMS Prince of Wales", "BRP Sierra Madre". Source: the ship prefixes of the navies that most
 * often appear in English-language defence news.
 */
const SHIP_PREFIXES = new Set([
  'USS', 'USNS', 'USCGC', // United States Navy, Military Sealift Command, Coast Guard
  'HMS', 'RFA', 'HMCS', 'HMAS', 'HMNZS', 'HMNLS', 'HNLMS', 'HDMS', 'HNoMS', 'HSwMS', // Commonwealth and northern European navies
  'INS', 'ICGS', 'PNS', 'BNS', 'SLNS', // India (and its Coast Guard), Pakistan, Bangladesh, Sri Lanka
  'FS', 'FGS', 'ITS', 'ESPS', 'NRP', 'ORP', 'TCG', 'HS', 'LNS', 'EML', // European navies
  'RFS', // Russia
  'ARA', 'BAP', 'NAeL', // Latin American navies
  'BRP', 'KRI', 'ROKS', 'JS', 'RSS', 'KD', 'HTMS', 'ROCS', // Asian navies
  'NNS', // Nigeria
  // Left out: "SAS" (South Africa, but also the Special Air Service), "ENS" (also the US Navy's ensign).
])

// Capitalised words after a ship's name that name its group, not the ship: "the USS Gerald R. Ford Carrier Strike Group".
const SHIP_UNIT_WORDS = new Set(['carrier', 'strike', 'group', 'battle', 'task', 'force', 'amphibious', 'ready', 'squadron', 'class', 'crew'])

/**
 * Nouns that say the name before them is a weapon or a piece of equipment: "Patriot systems",
 * "Abrams tanks", "Iskander-M ballistic missiles". Lower case; plurals included.
 */
const EQUIPMENT_NOUNS = new Set([
  'tank', 'tanks', 'jet', 'jets', 'fighter', 'fighters', 'aircraft', 'bomber', 'bombers', 'helicopter', 'helicopters',
  'drone', 'drones', 'uav', 'uavs', 'missile', 'missiles', 'launcher', 'launchers', 'system', 'systems', 'howitzer', 'howitzers',
  'vehicle', 'vehicles', 'rocket', 'rockets', 'interceptor', 'interceptors', 'submarine', 'submarines', 'frigate', 'frigates',
  'destroyer', 'destroyers', 'corvette', 'corvettes', 'warship', 'warships', 'gunship', 'gunships', 'rifle', 'rifles',
  'battery', 'batteries', 'munitions', 'shells', 'airframes', 'warplane', 'warplanes', 'plane', 'planes', 'radar', 'radars', 'guns',
  'torpedo', 'torpedoes',
])

// Nouns that name equipment only in a sentence about arms: "Patriot systems", but not "the Medicaid system".
const CONTEXT_NOUNS = new Set(['system', 'systems'])

// Plural nouns after a model that speak of the model itself: "the Su-35 crews", "F-16 engines".
const WEAPON_PARTS = new Set(['crews', 'engines', 'upgrades', 'purchases', 'orders', 'units', 'parts', 'squadrons', 'sorties', 'airframes'])

/**
 * Words that show a sentence is about arms, for the names that need it: a designation alone ("an
 * F-16 crashed", but not "K-12 schools") and a name before "systems".
 */
const MILITARY_WORDS = new Set([
  'military', 'army', 'navy', 'naval', 'air', 'force', 'forces', 'troops', 'soldiers', 'pilot', 'pilots', 'squadron', 'airbase',
  'base', 'airspace', 'deployed', 'deployment', 'delivery', 'deliveries', 'delivered', 'weapon', 'weapons', 'arms', 'ammunition',
  'firearms', 'gun', 'guns', 'flew', 'flown', 'fly', 'flying', 'crashed', 'downed', 'shot', 'fired', 'launched', 'intercepted',
  'strike', 'strikes', 'airstrike', 'airstrikes', 'defence', 'defense', 'combat', 'war', 'missile', 'missiles', 'exercise',
  'drills', 'sortie', 'sorties', 'fleet', 'warship', 'batteries', 'battery', 'escort', 'escorted', 'intercept', 'bombing',
])

// Nouns that end a capitalised name as its own last word, or come before the equipment's own name:
// "Bradley Fighting Vehicles", "Hellfire Missile", "Long-Range Hypersonic Weapon", "Light Combat
// Helicopter Prachand".
// Fewer than above: "System", "Fighter" and "Battery" end names of other kinds too ("Federal Reserve System").
const EQUIPMENT_HEADS = new Set(['tank', 'tanks', 'vehicle', 'vehicles', 'missile', 'missiles', 'launcher', 'launchers', 'howitzer', 'howitzers', 'rocket', 'rockets', 'helicopter', 'helicopters', 'drone', 'drones', 'rifle', 'rifles', 'weapon'])

/** Lower-case words that may stand between a weapon's name and its noun: "Patriot air defence systems", "Storm Shadow cruise missiles". */
const EQUIPMENT_MODIFIERS = new Set([
  'air', 'defence', 'defense', 'ballistic', 'cruise', 'attack', 'fighter', 'combat', 'main', 'battle', 'armoured', 'armored',
  'infantry', 'fighting', 'anti-tank', 'anti-aircraft', 'anti-ship', 'surface-to-air', 'air-to-air', 'long-range',
  'short-range', 'medium-range', 'kamikaze', 'strike', 'guided', 'unmanned', 'reconnaissance', 'transport', 'self-propelled',
  'multiple', 'rocket', 'tactical', 'stealth', 'heavy', 'light', 'precision', 'loitering', 'naval', 'missile', 'artillery',
  'hypersonic', 'supersonic', 'jet', 'patrol', 'utility', 'cargo', 'tanker', 'surveillance', 'interceptor', 'launch',
  // "the Martlet lightweight multirole missile", "Spearfish heavyweight torpedoes", "anti-armour missiles".
  'lightweight', 'heavyweight', 'multirole', 'multi-role', 'anti-armour', 'anti-armor', 'anti-submarine', 'amphibious',
])

/** Per word id, 1 for a word that shows a sentence is about arms (a military word or an equipment noun), kept across documents. */
const ARMS_WORDS = new WordNumbers(1, (text, out) => {
  const key = tokenKey(text)
  out[0] = MILITARY_WORDS.has(key) || (EQUIPMENT_NOUNS.has(key) && !CONTEXT_NOUNS.has(key)) ? 1 : 0
})

// A model designation: letters, an optional hyphen, digits and a suffix ("F-35A", "Su-34", "M1A2", "T-90M", "Tu-95MS", "MQ-9B").
const MODEL = /^[A-Z][A-Za-z]{0,2}-?\d{1,4}[A-Z]{0,3}\d{0,2}[A-Za-z]?s?$/
// A designation that no other kind of name has: one to three letters, a hyphen, and two digits or more
// ("F-16", "Su-34", "S-400") or one digit and a letter ("E-2D", "P-8A").
const HYPHENED_MODEL = /^(?:[A-Z]|[A-Z][a-z]|[A-Z][a-z][A-Z]|[A-Z]{2})-(?:\d{2,4}[A-Za-z]{0,3}\d{0,2}|\d[A-Z]{1,2})s?$/
// A version after a name: "2A6" in "Leopard 2A6", "2" in "Challenger 2", "TB2" in "Bayraktar TB2".
const VERSION = /^(?:\d{1,2}[A-Z]{0,2}\d{0,2}|[A-Z]{1,3}-?\d{1,3}[A-Z]?)$/
// A name with a variant after a hyphen: "Iskander-M", "Shahed-136", "Tor-M2".
const VARIANT = /^\p{Lu}\p{Ll}+-(?:[A-Z]{1,2}\d{0,3}|\d{1,4}[A-Z]?)$/u
// A name with "-type" or "-class" after it: "Shahed-type drones"; the name alone is the mention.
const OF_TYPE = /^(\p{Lu}\p{Ll}+)-(?:type|class|style)$/u
// A word with a lower-case word after a hyphen: "Iranian-made", "Soviet-manufactured".
const LOWER_AFTER_HYPHEN = /-\p{Ll}/u
// A Roman numeral that numbers a model: "Lightning II".
const ROMAN = /^(?:II|III|IV|V|VI)$/

/** Reads the words of a sentence once: the checks each rule needs. */
class Words {
  constructor(
    readonly doc: DocumentWords,
    readonly kb: KnowledgeBase,
    readonly sentence: Sentence,
  ) {}

  /** The text of token `i`. */
  text(i: number): string {
    return this.doc.tokens[i].text
  }

  /** True for a word token of the sentence. */
  isWord(i: number): boolean {
    return i >= this.sentence.tokenStart && i < this.sentence.tokenEnd && this.doc.tokens[i].kind === 'word'
  }

  /** True for a word written with a space before it. */
  spaced(i: number): boolean {
    return this.doc.tokens[i].spaceBefore
  }

  /**
   * True for a capitalised word that may be part of a name: no function word, title or organisation
   * word, no word with a lower-case word after a hyphen ("Iranian-made"), and no short acronym ("NB").
   */
  isNameWord(i: number): boolean {
    const classes = this.doc.classes[i]
    if (!this.isWord(i) || !(classes & RUN_WORD) || !(classes & CAPITALISED)) return false
    const text = this.text(i)
    if (LOWER_AFTER_HYPHEN.test(text) || (classes & UPPER && text.length < 3)) return false
    return !(this.doc.facts[i] & (FUNCTION_WORD | ORGANISATION_WORD)) && !this.doc.isTitleAt(i)
  }

  /**
   * True when the knowledge base knows the word as a name: "Russian", "Houthi", "NATO", "Soviet";
   * an armed group's name that is an ordinary English word ("Lightning") does not count.
   */
  isKnownName(i: number): boolean {
    for (const c of this.kb.names.lookupWords(this.doc.names, i, i + 1)) {
      if (!(c.flags & AliasFlag.commonWord) || this.kb.entry(c.value).type !== 'group') return true
    }
    return false
  }

  /**
   * True for a lower-case ordinary word ending in "s" that is no function word and says nothing of
   * arms ("schools", "members", but not "pilots", "crews"): most often a plural noun.
   */
  isPluralNoun(i: number): boolean {
    if (!this.isWord(i) || this.doc.classes[i] & CAPITALISED) return false
    const facts = this.doc.facts[i]
    const key = this.doc.key(i)
    if (MILITARY_WORDS.has(key) || WEAPON_PARTS.has(key)) return false
    return key.endsWith('s') && (facts & COMMON_WORD) !== 0 && !(facts & FUNCTION_OR_CONTRACTION)
  }

  /** True when a word of {@link MILITARY_WORDS} or {@link EQUIPMENT_NOUNS} stands in the sentence. */
  aboutArms(): boolean {
    return (this.#aboutArms ??= this.#hasWordOf(ARMS_WORDS))
  }

  #aboutArms: boolean | undefined

  /** True when a word that may stand beside an exercise's name ("exercise", "drills", "codenamed") is in the sentence. */
  mayNameExercise(): boolean {
    return (this.#mayNameExercise ??= this.#hasWordOf(EXERCISE_WORDS))
  }

  #mayNameExercise: boolean | undefined

  /** True when a word that `words` marks with 1 stands in the sentence. */
  #hasWordOf(words: WordNumbers): boolean {
    const { tokenStart, tokenEnd } = this.sentence
    const { ids } = this.doc.words
    const marked = words.prepare(this.doc.words, tokenStart, tokenEnd)
    for (let i = tokenStart; i < tokenEnd; i++) if (marked[ids[i]] === 1) return true
    return false
  }

  /** The token after a weapon's name where its noun is ("missiles" in "Iskander-M ballistic missiles"), or -1. */
  equipmentNounAfter(end: number): number {
    let k = end
    for (let steps = 0; steps < 4 && this.isWord(k) && this.spaced(k); steps++, k++) {
      const key = this.doc.key(k)
      if (EQUIPMENT_NOUNS.has(key) && !(this.doc.classes[k] & CAPITALISED) && (!CONTEXT_NOUNS.has(key) || this.aboutArms())) return k
      if (!EQUIPMENT_MODIFIERS.has(key)) return -1
    }
    return -1
  }
}

/** The ship's name after a prefix at `i`: "USS Gerald R. Ford", "HMS Prince of Wales", "HMCS Ville de Québec". */
function shipAt(w: Words, i: number, headline: boolean): ThingName | null {
  if (!SHIP_PREFIXES.has(w.text(i)) || !w.isWord(i + 1) || !w.spaced(i + 1)) return null
  const next = w.doc.classes[i + 1]
  // The name is written as a name, not in capitals ("INS Vikrant", but not "INS OFFICERS").
  if (!(next & CAPITALISED) || (next & UPPER && w.text(i + 1).length > 2) || w.doc.facts[i + 1] & FUNCTION_WORD) return null
  let end = i + 1
  while (w.isWord(end) && w.spaced(end)) {
    const capitalised = (w.doc.classes[end] & CAPITALISED) !== 0
    // In a headline every word is capitalised: the name stops at an ordinary word ("USS Carney Downs Drones"), titles aside ("HMS King Edward").
    const ordinary = headline && (w.doc.facts[end] & COMMON_WORD) !== 0 && !w.doc.isTitleAt(end)
    if (capitalised && !ordinary && !SHIP_UNIT_WORDS.has(w.doc.key(end))) end++
    // "Prince of Wales", "Ville de Québec": a small word inside, before another capitalised word.
    else if (w.doc.facts[end] & JOINER_TEXT && end > i + 1 && w.isWord(end + 1) && w.doc.classes[end + 1] & CAPITALISED) end++
    else break
  }
  if (end === i + 1) return null
  const alias = hullNumberAfter(w, end)
  return alias ? { start: i, end, alias } : { start: i, end }
}

// A hull number: a type's letters and the ship's number, in one word or two ("R08", "DDG-51", "F236"; "LHA 6", "CVN 76").
const HULL_IN_ONE = /^[A-Z]{1,4}-?\d{1,4}$/
const HULL_LETTERS = /^[A-Z]{1,4}$/

/**
 * The hull number in brackets right after a ship's name, tokens `start`..`end` within the brackets:
 * "(R08)", "(CVN 76)", "(DDG-51)". Letters alone ("(USA)") or words ("(retired)") are none.
 */
function hullNumberAfter(w: Words, end: number): { start: number; end: number } | null {
  const { tokens } = w.doc
  if (tokens[end]?.text !== '(' || end >= w.sentence.tokenEnd) return null
  const first = tokens[end + 1]
  if (first?.kind !== 'word') return null
  if (HULL_IN_ONE.test(first.text) && tokens[end + 2]?.text === ')') return { start: end + 1, end: end + 2 }
  const number = tokens[end + 2]
  if (HULL_LETTERS.test(first.text) && number?.kind === 'number' && number.spaceBefore && /^\d{1,4}$/.test(number.text) && tokens[end + 3]?.text === ')') return { start: end + 1, end: end + 3 }
  return null
}

/**
 * The weapon named from a model designation at `i`, with the name after it: "F-35A Lightning II",
 * "M1A2 Abrams", "MQ-9 Reaper", "Su-34". A designation counts when a weapon's noun follows, or when
 * it has the hyphen-and-digits form only models have ("F-16", "T-90M").
 */
function modelAt(w: Words, i: number): ThingName | null {
  const text = w.text(i)
  if (!MODEL.test(text) || !/\d/.test(text) || w.isKnownName(i)) return null
  let end = i + 1
  while (end - i <= 3 && w.isWord(end) && w.spaced(end) && (w.isNameWord(end) || (end > i + 1 && ROMAN.test(w.text(end)))) && !w.isKnownName(end)) end++
  if (w.equipmentNounAfter(end) >= 0) return { start: i, end }
  // "K-12 schools", "MS-13 members": a plural noun after a code names what the code is of.
  if (HYPHENED_MODEL.test(text) && w.aboutArms() && !w.isPluralNoun(end)) return { start: i, end }
  return null
}

/**
 * Whether the capitalised words [i, end) are part of a longer name: a capitalised word follows them,
 * or they come after "for", "of" or "and" that follows a capitalised word ("Association for …").
 */
function insideLongerName(w: Words, i: number, end: number): boolean {
  const { doc } = w
  if (end < w.sentence.tokenEnd && w.isWord(end) && w.spaced(end) && doc.classes[end] & CAPITALISED) return true
  const joiner = i - 1
  return joiner - 1 >= w.sentence.tokenStart && w.isWord(joiner) && ['for', 'of', 'and'].includes(doc.key(joiner)) && w.isWord(joiner - 1) && (doc.classes[joiner - 1] & CAPITALISED) !== 0
}

/**
 * A weapon's name before its noun: "Patriot systems", "Storm Shadow cruise missiles", "Leopard 2A6
 * tanks", "Iskander-M ballistic missiles", "Bradley Fighting Vehicles", and "Shahed" in "Shahed-type
 * drones". The name's words are capitalised and no name the knowledge base knows ("Russian drones",
 * "Houthi missiles" name their makers).
 */
function namedBeforeNoun(w: Words, i: number): ThingName | null {
  const { doc } = w
  const text = w.text(i)
  const ofType = OF_TYPE.exec(text)
  if (ofType) {
    if (w.kb.lookup(ofType[1]).length > 0 || w.equipmentNounAfter(i + 1) < 0) return null
    const start = doc.tokens[i].start
    return { start: i, end: i + 1, chars: [start, start + ofType[1].length] }
  }
  // A sentence's first word is a name only in a model's form, or before a version and the noun
  // ("Typhoon FGR4 jets flew", "Leopard 2A6 tanks opened fire").
  const versioned = w.isWord(i + 1) && w.spaced(i + 1) && VERSION.test(w.text(i + 1)) && w.equipmentNounAfter(i + 2) >= 0
  if (!w.isNameWord(i) || w.isKnownName(i) || (doc.isSentenceInitial(w.sentence, i) && !VARIANT.test(text) && !versioned)) return null
  let end = i + 1
  while (end - i < 4 && w.isWord(end) && w.spaced(end) && w.isNameWord(end) && !w.isKnownName(end) && (end - i < 3 || EQUIPMENT_HEADS.has(doc.key(end)))) end++
  // "Bradley Fighting Vehicles": the noun is the name's last word, and the name goes no further
  // ("Association for Uncrewed Vehicle Systems International" is a body's name).
  if (end - i > 1 && EQUIPMENT_HEADS.has(doc.key(end - 1))) {
    // "Light Combat Helicopter Prachand": the equipment's own name after its kind.
    if (w.isWord(end) && w.spaced(end) && w.isNameWord(end) && !w.isKnownName(end) && !(doc.facts[end] & COMMON_WORD) && !(w.isWord(end + 1) && doc.classes[end + 1] & CAPITALISED)) end++
    return insideLongerName(w, i, end) ? null : { start: i, end }
  }
  // "Leopard 2A6 tanks", "Bayraktar TB2 drones".
  if (w.isWord(end) && w.spaced(end) && VERSION.test(w.text(end)) && w.equipmentNounAfter(end + 1) >= 0) return { start: i, end: end + 1 }
  if (doc.tokens[end]?.kind === 'number' && doc.tokens[end].spaceBefore && /^\d{1,2}$/.test(doc.tokens[end].text) && w.equipmentNounAfter(end + 1) >= 0) return { start: i, end: end + 1 }
  return w.equipmentNounAfter(end) >= 0 ? { start: i, end } : null
}

/** Lower-case words a military exercise's name follows ("the exercise Steadfast Shield", "codenamed Zapad") or comes before ("Zapad drills"). */
const EXERCISE_BEFORE_NAME = new Set(['exercise', 'exercises', 'drill', 'drills', 'manoeuvres', 'maneuvers', 'codenamed', 'code-named', 'dubbed'])
const EXERCISE_AFTER_NAME = new Set(['exercise', 'exercises', 'drill', 'drills', 'manoeuvres', 'maneuvers', 'wargames'])
/** Per word id, 1 for a word of either list, kept across documents: a sentence without one names no exercise. */
const EXERCISE_WORDS = new WordNumbers(1, (text, out) => {
  const key = tokenKey(text)
  out[0] = EXERCISE_BEFORE_NAME.has(key) || EXERCISE_AFTER_NAME.has(key) ? 1 : 0
})

/**
 * An exercise's name: capitalised words no name the knowledge base knows, right after "exercise",
 * "drills" or "codenamed" or right before "exercise" or "drills", quotation marks allowed between
 * ("the exercise Steadfast Shield", "the so-called “Indestructible Brotherhood” drills"), with a
 * year after it ("Hedgehog 2026"). "NATO drills" and "Russian drills" name who holds them.
 */
function exerciseNameAt(w: Words, i: number): ThingName | null {
  if (!w.mayNameExercise()) return null
  const { doc } = w
  // Organisation words may name an exercise ("Indestructible Brotherhood", "Union Shield"); titles and small words may not.
  const nameWord = (k: number) => w.isWord(k) && (doc.classes[k] & CAPITALISED) !== 0 && !(doc.facts[k] & FUNCTION_WORD) && !doc.isTitleAt(k) && !w.isKnownName(k)
  if (!nameWord(i)) return null
  let end = i + 1
  while (end - i < 4 && nameWord(end) && w.spaced(end)) end++
  if (doc.tokens[end]?.kind === 'number' && doc.tokens[end].spaceBefore && /^\d{4}$/.test(doc.tokens[end].text)) end++
  const lowerAt = (k: number) => k >= w.sentence.tokenStart && k < w.sentence.tokenEnd && w.isWord(k) && !(doc.classes[k] & CAPITALISED)
  let before = i - 1
  if (before >= w.sentence.tokenStart && doc.tokens[before].kind === 'quote') before--
  let after = end
  if (after < w.sentence.tokenEnd && doc.tokens[after].kind === 'quote') after++
  const named = (lowerAt(before) && EXERCISE_BEFORE_NAME.has(doc.key(before))) || (lowerAt(after) && EXERCISE_AFTER_NAME.has(doc.key(after)))
  return named ? { start: i, end } : null
}

// How many capitalised words after "Exercise" its name may take: "Exercise Bushido Guardian".
const EXERCISE_REACH = 4

/**
 * An exercise's or an operation's name opened by "Exercise" or "Operation" written with a capital,
 * the word included as the name's own ("Exercise Bushido Guardian", "Exercise Spring Storm 2026",
 * "Operation Prosperity Guardian", "Operation Pillar of Defense"): words the knowledge base knows
 * ("Guardian") belong to it too.
 * "Operation" opens a name only where no capitalised word comes before it ("Special Operation
 * Forces" is a body's name).
 */
function titledExerciseAt(w: Words, i: number): ThingName | null {
  const { doc } = w
  const text = doc.tokens[i].text
  // "Op Interflex", "Ex Cold Response": British releases shorten "Operation" and "Exercise".
  const operation = text === 'Operation' || text === 'Op'
  if (text !== 'Exercise' && text !== 'Ex' && !(operation && !(i > w.sentence.tokenStart && w.isWord(i - 1) && doc.classes[i - 1] & CAPITALISED))) return null
  // A title word ends the name unless it only modifies and ends it ("Operation Pillar of Defense in Gaza").
  const titleEnds = (k: number) => doc.isTitleAt(k) && !(doc.facts[k] & TITLE_MODIFIER && !doc.isCapitalised(k + 1))
  const nameWord = (k: number) => w.isWord(k) && (doc.classes[k] & CAPITALISED) !== 0 && !(doc.facts[k] & FUNCTION_WORD) && !titleEnds(k) && w.spaced(k)
  let end = i + 1
  // "Operation Pillar of Defense": "of" joins the name's words.
  while (end - i <= EXERCISE_REACH && (nameWord(end) || (end > i + 1 && doc.tokens[end].text === 'of' && nameWord(end + 1)))) end++
  if (end === i + 1) return null
  if (doc.tokens[end]?.kind === 'number' && doc.tokens[end].spaceBefore && /^\d{4}$/.test(doc.tokens[end].text)) end++
  return { start: i, end }
}

/**
 * The names of ships and of weapons and equipment in a sentence, which the report gives as `other`
 * entities: a ship's prefix and name ("USS Gerald R. Ford", not the person; "HMS Prince of Wales",
 * not the place), a model with its name ("F-35A Lightning II", not an armed group called
 * "Lightning"), a name a weapon's noun follows ("Patriot systems", "Abrams tanks"), and an
 * exercise's name ("the exercise Steadfast Shield", "Zapad drills"). They are read before the knowledge base, whose people and places their words would otherwise be. In a headline
 * only ships are read, up to the first ordinary word; a sentence in capitals is left alone, as its
 * capitals do not show where a name ends.
 */
export function thingNames(doc: DocumentWords, kb: KnowledgeBase, sentence: Sentence): ThingName[] {
  const out: ThingName[] = []
  const written = doc.sentenceCase(sentence)
  if (written === 'upper') return out
  const w = new Words(doc, kb, sentence)
  const headline = written === 'title'
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (!w.isWord(i) || !(doc.classes[i] & CAPITALISED)) continue
    // Weapons are named only in sentences about arms: every way to find one needs a word of arms in the sentence.
    const name = headline ? shipAt(w, i, true) : (shipAt(w, i, false) ?? (w.aboutArms() ? (modelAt(w, i) ?? namedBeforeNoun(w, i)) : null) ?? titledExerciseAt(w, i) ?? exerciseNameAt(w, i))
    if (!name) continue
    out.push(name)
    i = name.end - 1
  }
  return out
}
