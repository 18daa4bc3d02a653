/**
 * Words that, written before a name, say what the person is rather than who: "President Xi",
 * "Gen. Lee", "Foreign Minister Wang Yi". They are never part of a person's name. Lower case,
 * without the full stop of abbreviations. Source: the forms of address and office titles of
 * English-language news style guides (Reuters, AP), with the abbreviations the text tokenizer knows.
 */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'baroness', 'baron', 'hon', 'rt',
  'president', 'president-elect', 'vice-president', 'vice', 'prime', 'minister', 'premier', 'chancellor', 'secretary',
  'secretary-general', 'under-secretary', 'undersecretary', 'general', 'gen', 'lt', 'lieut', 'lieutenant', 'col', 'colonel',
  'maj', 'major', 'capt', 'cpt', 'captain', 'adm', 'admiral', 'marshal', 'field', 'commander', 'cmdr', 'cdr', 'brigadier',
  'brig', 'sgt', 'sergeant', 'cpl', 'corporal', 'pvt', 'private', 'king', 'queen', 'prince', 'princess', 'crown', 'emir',
  'amir', 'sheikh', 'sheik', 'sultan', 'ayatollah', 'imam', 'pope', 'cardinal', 'archbishop', 'bishop', 'rev', 'reverend',
  'rabbi', 'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman', 'governor', 'gov', 'mayor',
  'ambassador', 'envoy', 'judge', 'justice', 'chief', 'deputy', 'foreign', 'defence', 'defense', 'interior', 'finance',
  'former', 'acting', 'interim', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chairperson',
  'director', 'director-general', 'speaker', 'attorney', 'attorney-general', 'mp', 'mep', 'commissioner', 'dictator',
  'leader', 'chief-of-staff', 'presidential', 'candidate', 'nominee', 'sens', 'reps', 'messrs', 'mme', 'supt', 'insp', 'det',
  'commodore', 'lieutenant-general', 'major-general', 'brigadier-general', 'rear-admiral', 'vice-admiral', 'taoiseach', 'tanaiste',
  'spokesperson', 'chancellor', 'minister-president', 'first', 'chair', 'co-chair',
  // Indian forms of address: "Shri Rajnath Singh", "Smt. Nirmala Sitharaman".
  'shri', 'smt', 'shrimati',
])

/**
 * Words that make a phrase a role or a reference rather than a name when they appear in it
 * ("UN Secretary General", "White House spokesman", "Al Qaeda operatives").
 */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  'secretary', 'secretary-general', 'president', 'president-elect', 'spokesman', 'spokeswoman', 'spokesperson', 'official',
  'officials', 'chief', 'leader', 'leaders', 'envoy', 'representative', 'ambassador', 'chairman', 'chairwoman', 'director',
  'head', 'operatives', 'members', 'member', 'militants', 'fighters', 'affiliated', 'offshoot', 'linked', 'minister',
  'commander', 'source', 'sources', 'justices', 'aide', 'aides', 'supporters', 'loyalists', 'troops', 'soldiers',
  'sympathizers', 'sympathisers', 'chief-of-staff', 'governor', 'mayor', 'senator', 'deputy', 'vice', 'chair',
])
