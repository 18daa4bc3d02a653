/**
 * Cue lists for the rule-based sentence-function analyzer. All entries are lower-case; phrases are
 * matched word by word (punctuation between words is skipped, so "we call on" matches "We call on").
 * The same lists apply to every issuer: nothing here names a party, country or side.
 */

/**
 * Verbs that open an imperative: "Join us", "Sign the petition", "Vote for change", "Stop the war".
 * Only bare verb forms that commonly start appeals in campaign, union, party and company texts.
 */
export const IMPERATIVE_VERBS = [
  'join', 'sign', 'vote', 'support', 'stand', 'act', 'help', 'tell', 'write', 'call', 'contact', 'donate', 'share',
  'register', 'visit', 'protect', 'defend', 'stop', 'demand', 'fight', 'choose', 'say', 'come', 'take', 'make',
  'raise', 'speak', 'send', 'ask', 'remember', 'reject', 'boycott', 'save', 'end', 'fund', 'volunteer', 'march',
  'rally', 'subscribe', 'follow', 'apply', 'get', 'let', 'imagine', 'think', 'look', 'give', 'spread', 'pledge',
  'urge', 'oppose', 'keep', 'bring', 'build', 'invest', 'learn', 'discover', 'find', 'try', 'book', 'order', 'buy',
  'download', 'watch', 'listen', 'read', 'check', 'report', 'update', 'leave', 'go', 'stay', 'avoid', 'wear', 'use',
  'install', 'enable', 'turn', 'switch', 'pay', 'put', 'seek', 'prepare', 'evacuate', 'move', 'respect', 'celebrate',
  'honour', 'honor', 'thank', 'publish', 'ensure', 'allow', 'lift', 'release', 'restore', 'provide', 'introduce',
  'adopt', 'withdraw', 'scrap', 'cancel', 'guarantee', 'exempt', 'drop', 'suspend', 'reverse',
]

/** Words that may come before an imperative without changing it: "Please sign", "Together, let us …". */
export const IMPERATIVE_PREFIXES = ['please', 'so', 'now', 'today', 'together', 'then', 'just', 'and', 'but', 'therefore', 'friends', 'citizens']

/** Negative imperatives: "Don't let them …", "Do not stay silent", "Never forget". */
export const NEGATIVE_IMPERATIVES = ["don't", 'do not', 'never']

/**
 * Words that follow an imperative verb directly: an object, a particle or a time ("Join us", "Act now",
 * "Stand up", "Sign the petition"). A noun use of the same word is followed by a verb or a preposition
 * instead ("Support for the plan grew").
 */
export const IMPERATIVE_FOLLOWERS = [
  'us', 'our', 'your', 'the', 'this', 'that', 'these', 'those', 'them', 'him', 'her', 'it', 'now', 'today', 'tonight',
  'up', 'out', 'back', 'together', 'all', 'every', 'a', 'an', 'with', 'against', 'here', 'more', 'no', 'yourself',
  'yourselves', 'me', 'down', 'forward', 'what', 'who', 'how', 'immediately', 'again', 'not', 'let', 'local',
]

/** Verbs that open an imperative before "for" or "to": "Vote for change", "Stand for freedom", "Write to your MP". */
export const IMPERATIVE_WITH_PREPOSITION = ['vote', 'stand', 'fight', 'call', 'campaign', 'speak', 'march', 'act', 'write', 'come', 'apply', 'register', 'subscribe', 'listen', 'look']

/**
 * Phrases that ask the reader or a named party to act, in the issuer's present voice. Past tense
 * ("called on", "urged") reports an appeal and is left to the report rules.
 */
export const CALL_PHRASES = [
  'we call on', 'we call upon', 'i call on', 'i call upon', 'we urge', 'i urge', 'urges',
  'we appeal to', 'i appeal to', 'appeals to', 'we ask', 'we invite', 'we demand', 'demands that', 'we need you',
  'it is our duty to', 'it is your duty to', 'it is our sacred duty to', 'it is our moral duty to', 'it is our patriotic duty to',
  'it is the duty of every', 'our duty is to', 'it is our responsibility to', 'it is our obligation to',
  'it is time to', 'it is time for', 'now is the time', 'the time to act is now',
  'must act now', 'must act immediately', 'must act without delay', 'act now', 'join us', 'join the', 'sign the petition',
  'take action', 'take to the streets', 'make your voice heard', 'stand with us', 'stand up for', 'stand with',
  "don't let", 'do not let', 'let us', "let's", 'together we can', 'together we will', 'get involved',
  'register to vote', 'go to the polls', 'cast your vote', 'we must act', 'must be stopped now', 'before it is too late',
  'we count on you', 'we are counting on you', 'call your', 'write to your', 'contact your',
  // a body's recommendation in its present voice: "The Committee recommends that the Ministry sign …"
  'recommends that', 'we recommend that',
  // a request to the public in the passive: "Residents are asked to keep their windows closed"
  'are asked to', 'is asked to', 'are requested to', 'are urged to', 'are kindly asked', 'are encouraged to', 'are invited to',
  // a body's present demand: "The Movement demands the immediate reintroduction of …"
  'demands the', 'demands an', 'demands a', 'demands immediate',
]

/**
 * Chant openers that call only where they open the sentence ("Glory to our defenders!", "No to the new
 * base!"); inside a sentence the same words are a phrasal verb or an answer ("the ministers sat down
 * with the unions", "voters said no to the plan").
 */
export const CHANT_OPENERS = ['glory to', 'long live', 'down with', 'hands off', 'no to', 'yes to']

/** Adverbs that may stand between "we" and its appeal: "We also urge …", "We therefore call on …". */
export const CALL_ADVERBS = ['also', 'therefore', 'again', 'once again', 'hereby', 'further', 'strongly', 'urgently', 'now', 'jointly', 'today', 'once more']

/** The first-person calls of {@link CALL_PHRASES} with each of {@link CALL_ADVERBS} after the pronoun, and the rest as they are. */
export function withCallAdverbs(phrases: readonly string[]): string[] {
  const out = [...phrases]
  for (const phrase of phrases) {
    const m = /^(we|i) (.+)$/.exec(phrase)
    if (!m || m[2].startsWith('must') || m[2].startsWith('need') || m[2].startsWith('count') || m[2].startsWith('are')) continue
    for (const adverb of CALL_ADVERBS) out.push(`${m[1]} ${adverb} ${m[2]}`)
  }
  return out
}

/**
 * Appeals in the third person present ("The union calls on employers to …", "The party is calling on
 * ministers to …"): they ask for an act only when a "to" follows ("calls on its platform" does not).
 */
export const THIRD_PERSON_CALLS = ['calls on', 'calls upon', 'calling on', 'calling upon']

/** Present-progressive demands: "The union is calling for a pay rise". */
export const PROGRESSIVE_DEMANDS = ['is calling for', 'are calling for', 'is demanding', 'are demanding']

/** Words that, as the second word, show that a first word like "Use" or "Move" is a noun, not an imperative. */
export const NOT_AFTER_IMPERATIVE = [
  'of', 'for', 'in', 'on', 'at', 'by', 'to', 'from', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would',
  'can', 'could', 'may', 'might', 'must', 'should', 'and', 'or', 'as', 'that', 'which', 'who',
]

/** Verbs that make a clause finite: after one, a sentence opening with a bare verb is not an imperative. */
export const FINITE_VERBS = [
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall',
  'should', 'does', 'did', 'said', 'says', 'came', 'went', 'grew', 'fell', 'rose', 'made', 'took', 'gave', 'got',
]

/** Phrases that point to where more is found ("The full report is available at …"): with an address, boilerplate. */
export const POINTER_PHRASES = ['is available', 'are available', 'can be found', 'can be downloaded', 'can be read', 'can be viewed', 'is published at', 'is online at']

/** Words that stand for an address in a pointer: "The full report is available on the Committee's website." */
export const POINTER_PLACES = ['website', 'websites', 'webpage', 'online']

/**
 * People a text addresses: an obligation put on them ("Citizens should stay in shelters",
 * "You must register by Friday") is an instruction, not a view.
 */
export const ADDRESSEES = [
  'you', 'everyone', 'everybody', 'citizens', 'residents', 'people', 'customers', 'users', 'voters', 'members',
  'workers', 'parents', 'drivers', 'travellers', 'travelers', 'passengers', 'the public', 'all of us', 'supporters',
  'viewers', 'readers', 'students', 'employees', 'shareholders', 'investors', 'applicants', 'patients',
  'journalists', 'reporters', 'visitors', 'participants', 'guests',
]

/** First-person and impersonal stance phrases: the issuer states a view or a value judgement. */
export const STANCE_PHRASES = [
  'we believe', 'i believe', 'we think', 'i think', 'we feel', 'in our view', 'in my view', 'in our opinion',
  'in my opinion', 'we are convinced', 'i am convinced', 'we are confident', 'we are proud', 'i am proud',
  'we condemn', 'i condemn', 'we strongly', 'we reject', 'we oppose', 'we welcome', 'we regret', 'we deplore',
  'we are deeply', 'we firmly', 'we are committed', 'we remain committed', 'we stand by', 'we will never',
  'we will not tolerate', 'we will not accept', 'it is clear that', 'there is no doubt', 'make no mistake',
  'let there be no doubt', 'the truth is', 'the fact is', 'it is unacceptable', 'it is shameful', 'it is outrageous',
  'it is a disgrace', 'it is a scandal', 'no one can deny', 'everyone knows', 'as we all know', 'we deserve',
  'they deserve', 'you deserve', 'we cannot allow', 'cannot be allowed', 'cannot be tolerated', 'we will continue to',
  'doing nothing', 'do nothing', 'does nothing', 'did nothing', 'shame on',
  // a conditional warning in the issuer's voice: "if we stay silent today, tomorrow …"
  'if we stay silent', 'if we remain silent', 'if we keep silent', 'if we do not act', "if we don't act", 'if we fail to act',
  // either-or framing and reduction: "either we stand together or …", "nothing but the occupiers of tomorrow"
  'either we', 'either you', 'nothing but', 'nothing more than', 'let us be clear', 'make no mistake',
  'there is no other way', 'there is no alternative', 'there are only two', 'there is only one way', 'there is no third way',
  'there is no middle ground', 'no other choice', 'only a matter of time',
  // a body's praise and blame in its present voice: "The Movement welcomes this step", "The Ministry condemns …"
  'welcomes', 'condemns', 'deplores', 'denounces', 'applauds', 'salutes', 'commends', 'regrets',
  'is deeply concerned', 'are deeply concerned', 'is concerned that', 'are concerned that', 'is alarmed', 'is deeply disappointed',
]

/**
 * A prediction or a hypothesis with a pronoun for its subject ("they will take back every euro", "it
 * will tie our grandchildren to …"): with no number or date in the sentence, an argument about what
 * would happen rather than a plan on record.
 */
export const PREDICTION_PHRASES = ['they', 'it', 'this', 'that', 'these', 'those', 'you', 'he', 'she'].flatMap((pronoun) =>
  ['will', "won't", 'would', 'could', 'might', "'ll"].map((modal) => `${pronoun} ${modal}`),
)

/** Modals of the future and of possibility: after an opening "if", a conditional warning. */
export const FUTURE_MODALS = ['will', "won't", 'would', 'could', 'might', "'ll"]

/** Modal verbs of obligation and necessity: "must", "should", "ought to", "need to", "has to". */
export const OBLIGATION_PHRASES = ['must', 'should', 'ought to', 'needs to', 'need to', 'has to', 'have to']

/** Words that make an obligation urgent: "must withdraw the bill immediately" is an appeal, not a view. */
export const URGENCY_WORDS = ['now', 'immediately', 'today', 'urgently', 'at once', 'without delay', 'without further delay']

/**
 * Evaluative words that judge rather than describe ("reckless", "historic", "disgraceful").
 * Each one counts fully toward an opinion.
 */
export const EVALUATIVE_WORDS = [
  'disgraceful', 'shameful', 'outrageous', 'reckless', 'irresponsible', 'unacceptable', 'scandalous', 'cynical',
  'absurd', 'ridiculous', 'appalling', 'disastrous', 'catastrophic', 'heroic', 'brave', 'courageous', 'historic',
  'excellent', 'outstanding', 'wonderful', 'terrible', 'horrific', 'horrible', 'brutal', 'barbaric', 'corrupt',
  'incompetent', 'shameless', 'hypocritical', 'dishonest', 'deceitful', 'unjust', 'unfair', 'illegitimate',
  'baseless', 'groundless', 'misleading', 'pathetic', 'betrayal', 'disgrace', 'scandal', 'farce', 'sham', 'lies',
  'propaganda', 'tremendous', 'magnificent', 'glorious', 'noble', 'heroes', 'traitors', 'cowardly', 'vile',
  'despicable', 'deplorable', 'insane', 'crazy', 'stupid', 'foolish', 'senseless', 'arrogant', 'chaotic',
  'chaos', 'failed', 'failure', 'fiasco', 'ruinous', 'devastating', 'tragic', 'unprecedented', 'remarkable',
  'extraordinary', 'greedy', 'callous', 'ruthless', 'aggressive', 'hostile', 'illegal', 'immoral',
  'unconstitutional', 'undemocratic', 'authoritarian', 'tyranny', 'dictatorship', 'regime', 'thugs', 'extremists',
  'deserve', 'deserves', 'betrayed', 'betray', 'abandoned', 'neglected', 'ignored',
  // labels that name-call rather than describe, aimed at every side ("warmongers", "puppets", "occupiers")
  'warmonger', 'warmongers', 'puppet', 'puppets', 'stooge', 'stooges', 'lackey', 'lackeys', 'occupiers', 'invaders',
  'fascist', 'fascists', 'junta', 'hypocrites', 'hypocrisy', 'globalist', 'globalists', 'imperialist', 'imperialists',
  'so-called', 'mouthpiece', 'henchmen', 'vassal', 'vassals', 'mockery', 'lied', 'lying', 'treasonous', 'sleazy',
  // promotional self-description ("Portugal's unwavering commitment")
  'unwavering', 'steadfast', 'ironclad', 'unshakeable', 'unshakable', 'tireless',
]

/** Weaker evaluative words that also describe ("important", "strong"): each counts half. */
export const MILD_EVALUATIVE_WORDS = [
  'important', 'crucial', 'vital', 'essential', 'strong', 'stronger', 'weak', 'better', 'best', 'worse', 'worst',
  'great', 'greatest', 'good', 'bad', 'right', 'wrong', 'proud', 'fair', 'successful', 'dangerous', 'serious',
  'real', 'true', 'false', 'key', 'urgent', 'necessary', 'clear', 'honest', 'safe', 'secure', 'free', 'prosperous',
  'threat', 'danger',
  // also a legal description: "a criminal offence punishable by …"
  'criminal',
]

/** Stance adverbs and intensifiers: the writer vouches for or colours the claim. */
export const STANCE_ADVERBS = [
  'clearly', 'obviously', 'undoubtedly', 'certainly', 'truly', 'deeply', 'absolutely', 'utterly', 'totally',
  'simply', 'frankly', 'indeed', 'sadly', 'unfortunately', 'fortunately', 'regrettably', 'rightly', 'wrongly',
  'shamefully', 'outrageously', 'blatantly', 'shockingly', 'disgracefully', 'surely', 'of course', 'once again',
]

/** Rhetorical contrast that frames two sides: "not X but Y", "rather than", "while they … we …". */
export const CONTRAST_PHRASES = ['rather than', 'instead of', 'while they', 'while others', 'whereas', 'unlike', 'not only', 'but we', 'yet they', 'but they']

/**
 * Reporting verbs and phrases: the sentence attributes content to a source. With a third-person
 * subject they make the sentence a report of what someone said, whatever it says.
 */
export const REPORTING_WORDS = [
  'said', 'says', 'announced', 'announces', 'reported', 'reports', 'stated', 'states', 'confirmed', 'confirms',
  'told', 'added', 'noted', 'explained', 'declared', 'informed', 'published', 'released', 'according to',
  'wrote', 'writes', 'claimed', 'claims', 'warned', 'warns', 'argued', 'argues', 'insisted', 'denied', 'denies',
  'accused', 'accuses', 'described', 'called', 'urged', 'demanded', 'revealed', 'acknowledged', 'admitted',
]

/** Past-tense and perfect verbs of events: who did what ("signed", "arrived", "was approved"). */
export const EVENT_VERBS = [
  'met', 'signed', 'arrived', 'visited', 'held', 'launched', 'approved', 'adopted', 'voted', 'killed', 'attacked',
  'opened', 'closed', 'increased', 'decreased', 'fell', 'rose', 'arrested', 'deployed', 'agreed', 'decided',
  'introduced', 'passed', 'won', 'lost', 'took', 'began', 'started', 'ended', 'completed', 'received', 'sent',
  'delivered', 'hosted', 'appointed', 'elected', 'resigned', 'withdrew', 'fired', 'struck', 'shelled', 'destroyed',
  'captured', 'detained', 'released', 'invested', 'acquired', 'reached', 'recorded', 'reported', 'raised', 'cut',
  'submitted', 'filed', 'ruled', 'sentenced', 'charged', 'established', 'founded', 'organised', 'organized',
  'conducted', 'carried', 'provided', 'allocated', 'spent', 'earned', 'sold', 'bought', 'produced', 'employed',
]

/** Words that stand for a time: with numbers they make a sentence concrete. */
export const TIME_WORDS = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'today', 'yesterday',
  'tomorrow', 'week', 'month', 'year', 'morning', 'evening', 'night', 'afternoon', 'spring', 'summer', 'autumn',
  'winter', 'quarter', 'decade', 'weekend',
]

/** Quantities in words and verbs of change in quantity: "twelve new homes", "bills have doubled". */
export const QUANTITY_WORDS = [
  // a past act, even denied: "The department did not respond."
  'did', "didn't",
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty',
  'forty', 'fifty', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions',
  'dozen', 'dozens', 'half', 'percent', 'doubled', 'tripled', 'halved', 'risen', 'fallen', 'grown', 'increased',
  'decreased', 'dropped', 'declined', 'soared', 'surged', 'plunged',
]

/** Openings of contact blocks, bylines and boilerplate: the sentence is not running text. */
export const BOILERPLATE_PHRASES = [
  'for more information', 'for further information', 'more information', 'media enquiries', 'media inquiries',
  'press enquiries', 'press inquiries', 'notes to editors', 'note to editors', "editor's note", 'for immediate release',
  'all rights reserved', 'copyright', 'follow us', 'share this', 'read more', 'filed under', 'embargoed',
  'press release', 'media contact', 'press contact', 'media contacts', 'press contacts', 'press office', 'issued by',
  'posted by', 'published by', 'last updated', 'forward-looking statements', 'safe harbor', 'safe harbour',
  'cautionary statement', 'disclaimer',
]

/**
 * Labels that open a contact or metadata line when a colon, a dash, a number or an address follows
 * ("Contact: …", "Tel. +48 …", "Source: Reuters", "Photo – AP").
 */
export const LINE_LABELS = [
  'contact', 'contacts', 'tel', 'telephone', 'phone', 'mobile', 'fax', 'e-mail', 'email', 'web', 'website', 'posted',
  'published', 'updated', 'source', 'sources', 'photo', 'photos', 'image', 'images', 'credit', 'credits', 'about',
  'ends', 'end', 'tags', 'related', 'spokesperson', 'spokesman', 'spokeswoman', 'date', 'location', 'media', 'press',
  'embargo', 'twitter', 'facebook', 'instagram', 'x', 'telegram', 'address', 'office',
]

/** First-person plural words: a sentence in the issuer's own voice. */
export const FIRST_PERSON_PLURAL = ['we', 'our', 'us', 'ours', 'ourselves']
