/**
 * The constructions that report speech without quotation marks, as tables. Each entry says what it
 * matches and why it is there; reported-speech.ts reads them (through word-flags.ts) and never lists
 * words of its own. All words are lower case.
 */

/** How a reporting verb takes the reported words. */
export interface ReportingVerb {
  /** the forms news writes: past, third person, plural present, "-ing" */
  forms: readonly string[]
  /**
   * 'clause': a that-clause or a bare clause ("said (that) the talks failed");
   * 'that': a that-clause only, because the bare reading is mostly something else ("denied the
   * claims", "found the bodies", "ruled the country").
   */
  takes: 'clause' | 'that'
  /**
   * 'required': an addressee comes first and a bare clause follows only after one ("told reporters
   * the talks failed"); 'optional': "warned Moscow that …" as well as "warned that …".
   */
  addressee?: 'required' | 'optional'
  /** the verb can close a sentence and attribute what came before it: "…, the ministry said." */
  closing?: boolean
  rationale: string
}

/**
 * Reporting verbs. Only forms that are rarely nouns are listed: "states" ("member states"), "demands",
 * "promises" and the base forms "state", "report", "find" and "rule" would mostly be read wrongly. The
 * base forms of the that-only verbs of resolutions ("MEPs note that …", "They stress that …") are
 * listed: their noun reading stands after a determiner, which the reader sets aside.
 */
export const REPORTING_VERBS: Readonly<Record<string, ReportingVerb>> = {
  say: { forms: ['said', 'says', 'say', 'saying'], takes: 'clause', closing: true, rationale: 'The plain reporting verb of news and releases, with or without "that".' },
  tell: { forms: ['told', 'tells', 'telling'], takes: 'clause', addressee: 'required', closing: true, rationale: '"told reporters (that) …": the addressee comes before the reported clause.' },
  add: { forms: ['added', 'adds', 'adding'], takes: 'clause', closing: true, rationale: 'Continues a speaker\'s account: "She added that …", "…, adding the talks would go on".' },
  announce: { forms: ['announced', 'announces', 'announcing'], takes: 'that', closing: true, rationale: 'Releases announce facts ("…, the ministry announced."); "announced the decision" is an object, so a clause needs "that".' },
  state: { forms: ['stated', 'stating'], takes: 'that', closing: true, rationale: 'Formal "stated that"; "stated the obvious" is an object. The present "states" is left out because of "member states".' },
  claim: { forms: ['claimed', 'claims', 'claim', 'claiming'], takes: 'clause', closing: true, rationale: 'Marks contested statements, common when both sides of a conflict are reported.' },
  warn: { forms: ['warned', 'warns', 'warn', 'warning'], takes: 'clause', addressee: 'optional', closing: true, rationale: '"warned that …", "warned Moscow that …"; "warned of" takes no clause.' },
  argue: { forms: ['argued', 'argues', 'argue', 'arguing'], takes: 'clause', closing: true, rationale: 'Oppositions and courts argue positions.' },
  insist: { forms: ['insisted', 'insists', 'insist', 'insisting'], takes: 'clause', closing: true, rationale: 'Reported denials and positions: "insisted the drills were routine".' },
  note: { forms: ['noted', 'notes', 'note', 'noting'], takes: 'that', closing: true, rationale: '"The report notes that …", "MEPs note that …": formal statements, communiqués and resolutions; "noted the progress made" is an object, and the noun ("a note that") stands after a determiner.' },
  stress: { forms: ['stressed', 'stresses', 'stress', 'stressing'], takes: 'that', closing: true, rationale: 'Emphasis verbs of diplomatic readouts; "stressed the importance of" is an object.' },
  emphasise: { forms: ['emphasised', 'emphasized', 'emphasises', 'emphasizes', 'emphasise', 'emphasize', 'emphasising', 'emphasizing'], takes: 'that', rationale: 'Emphasis verbs of diplomatic readouts, both spellings; "emphasised the need for" is an object.' },
  underline: { forms: ['underlined', 'underlines', 'underline', 'underscored', 'underscores', 'underscore'], takes: 'that', rationale: 'Readout verbs that take a that-clause.' },
  confirm: { forms: ['confirmed', 'confirms', 'confirming'], takes: 'that', closing: true, rationale: 'Officials confirm facts ("…, a spokesperson confirmed."); "confirmed the deaths" is an object, so a clause needs "that".' },
  deny: { forms: ['denied', 'denies', 'denying'], takes: 'that', rationale: '"denied that …"; "denied the claims" has no content clause.' },
  allege: { forms: ['alleged', 'alleges', 'alleging'], takes: 'that', rationale: 'Accusations in court and conflict reporting.' },
  explain: { forms: ['explained', 'explains', 'explaining'], takes: 'that', closing: true, rationale: 'A speaker gives reasons; "explained his decision" is an object, so a clause needs "that".' },
  suggest: { forms: ['suggested', 'suggests', 'suggesting'], takes: 'that', rationale: '"suggested that …"; "suggested a meeting" is a proposal, not reported words.' },
  declare: { forms: ['declared', 'declares', 'declaring'], takes: 'that', rationale: '"declared that …"; "declared a state of emergency" is an act.' },
  assert: { forms: ['asserted', 'asserts', 'asserting'], takes: 'clause', rationale: 'Formal claims of ministries and courts.' },
  maintain: { forms: ['maintained', 'maintains', 'maintaining'], takes: 'that', rationale: '"maintained that …"; "maintained its position" is no speech.' },
  acknowledge: { forms: ['acknowledged', 'acknowledges', 'acknowledging'], takes: 'that', closing: true, rationale: 'Concessions; "acknowledged the problem" is an object, so a clause needs "that".' },
  admit: { forms: ['admitted', 'admits', 'admitting'], takes: 'that', closing: true, rationale: 'Concessions ("…, the minister admitted."); "admitted him into the country" is no speech, so a clause needs "that".' },
  concede: { forms: ['conceded', 'concedes', 'conceding'], takes: 'clause', closing: true, rationale: 'Concessions by officials.' },
  highlight: { forms: ['highlighted', 'highlights', 'highlight', 'highlighting'], takes: 'that', rationale: 'Resolutions and readouts: "MEPs highlight that …"; "highlighted the risks" is an object.' },
  reiterate: { forms: ['reiterated', 'reiterates', 'reiterate', 'reiterating'], takes: 'that', rationale: '"reiterated that …"; "reiterated its support" is an object.' },
  point: { forms: ['pointed out', 'points out', 'pointing out'], takes: 'that', rationale: 'Two words: "pointed out that …".' },
  recall: { forms: ['recalled', 'recalls', 'recall', 'recalling'], takes: 'that', rationale: 'Formal releases: "They recall that …".' },
  predict: { forms: ['predicted', 'predicts', 'predicting'], takes: 'that', rationale: 'Forecasts; "predicted a recession" is an object, so a clause needs "that".' },
  estimate: { forms: ['estimated', 'estimates', 'estimating'], takes: 'that', rationale: 'Agencies estimate figures: "estimates that 500,000 heat pumps will …".' },
  promise: { forms: ['promised', 'promising'], takes: 'that', rationale: '"promised that …"; "promised to" takes no clause.' },
  pledge: { forms: ['pledged', 'pledging'], takes: 'that', rationale: '"pledged that …"; "pledged aid" is an object.' },
  vow: { forms: ['vowed', 'vowing'], takes: 'that', rationale: '"vowed that …"; "vowed to" takes no clause.' },
  complain: { forms: ['complained', 'complains', 'complaining'], takes: 'clause', rationale: 'Grievances of oppositions, unions and companies.' },
  caution: { forms: ['cautioned', 'cautions', 'cautioning'], takes: 'that', rationale: 'A milder "warned that".' },
  contend: { forms: ['contended', 'contends', 'contending'], takes: 'that', rationale: 'Litigants and oppositions contend.' },
  report: { forms: ['reported', 'reports', 'reporting'], takes: 'that', closing: true, rationale: 'Agencies and monitors report figures ("…, the agency reported."); "reported 21 cases" is an object, so a clause needs "that". The noun reading ("reports that …") reports speech too.' },
  write: { forms: ['wrote', 'writes', 'writing'], takes: 'that', rationale: '"wrote on X that …"; "wrote a letter" is an object.' },
  reply: { forms: ['replied', 'replies', 'responded', 'answered'], takes: 'that', rationale: 'Answers to questions at briefings.' },
  inform: { forms: ['informed', 'informs', 'informing'], takes: 'that', addressee: 'required', rationale: '"informed the committee that …".' },
  assure: { forms: ['assured', 'assures', 'assuring'], takes: 'that', addressee: 'required', rationale: '"assured allies that …".' },
  remind: { forms: ['reminded', 'reminds', 'reminding'], takes: 'that', addressee: 'required', rationale: '"reminded Moscow that …".' },
  find: { forms: ['found', 'finds', 'finding'], takes: 'that', rationale: 'Committees, courts and inquiries find that …; "found the bodies" is no speech.' },
  conclude: { forms: ['concluded', 'concludes', 'concluding'], takes: 'that', rationale: 'Inquiries and reports conclude that …' },
  rule: { forms: ['ruled', 'ruling'], takes: 'that', rationale: 'Courts rule that …; "ruled the country" is no speech.' },
  hold: { forms: ['held', 'holds'], takes: 'that', rationale: 'Courts hold that …; the clause check keeps "held talks" out.' },
  recommend: { forms: ['recommended', 'recommends', 'recommending'], takes: 'that', rationale: 'Committees recommend that …' },
  demand: { forms: ['demanded', 'demand', 'demanding'], takes: 'that', rationale: '"demanded that …", and "We demand that …" in releases: the base form needs a pronoun or a plural subject, and after an article it is the noun (the noun "demands" is left out).' },
  urge: { forms: ['urged', 'urges', 'urging'], takes: 'that', rationale: '"urged that the vote be delayed"; "urged X to …" has no content clause (GUIDE).' },
  accuse: { forms: ['accused', 'accuses', 'accusing'], takes: 'that', addressee: 'optional', rationale: '"accused X of …" has no content clause (GUIDE); only "accused X that …" reports words.' },
  tweet: { forms: ['tweeted', 'posted'], takes: 'that', rationale: 'Social media posts: "posted on X that …".' },
}

/** Nouns whose that-clause is reported speech: "the ministry's claim that …", "reports that …". */
export const REPORTING_NOUNS: Readonly<Record<string, string>> = {
  claim: 'A claim names what someone said.',
  claims: 'A claim names what someone said.',
  assertion: 'A claim names what someone said.',
  assertions: 'A claim names what someone said.',
  allegation: 'Accusations made by someone.',
  allegations: 'Accusations made by someone.',
  accusation: 'Accusations made by someone.',
  accusations: 'Accusations made by someone.',
  warning: 'A warning that … reports the words of the one who warned.',
  warnings: 'A warning that … reports the words of the one who warned.',
  announcement: 'An announcement that … reports what was announced.',
  insistence: 'Positions held in words.',
  denial: 'Denials report words.',
  denials: 'Denials report words.',
  suggestion: 'Proposals made in words.',
  suggestions: 'Proposals made in words.',
  assurance: 'Promises made in words.',
  assurances: 'Promises made in words.',
  pledge: 'Promises made in words.',
  promise: 'Promises made in words.',
  admission: 'Concessions made in words.',
  argument: 'Positions argued in words.',
  report: 'Media and agency reports tell what someone said.',
  reports: 'Media and agency reports tell what someone said.',
  statement: 'A statement that … (not "a statement that was issued", which the clause check sets aside).',
}

/** Prepositions that open a phrase between the verb and the clause: "said on Monday", "said in a statement". */
export const ADJUNCT_PREPOSITIONS: readonly string[] = ['on', 'in', 'at', 'during', 'after', 'via', 'through', 'to', 'from', 'before', 'following', 'late', 'early']

/** Head nouns that end such a phrase: "in a statement", "at a briefing", "on its website". */
export const ADJUNCT_HEADS: readonly string[] = [
  'statement', 'statements', 'briefing', 'briefings', 'conference', 'interview', 'interviews', 'speech', 'address', 'letter', 'post', 'posts', 'message',
  'tweet', 'video', 'broadcast', 'television', 'radio', 'website', 'blog', 'session', 'meeting', 'hearing', 'summit', 'visit', 'trip', 'debate', 'rally',
  'decision', 'ruling', 'judgment', 'judgement', 'opinion', 'communique', 'communiqué', 'release', 'notice', 'filing', 'document', 'memo', 'response',
  'remarks', 'comments', 'reporters', 'journalists', 'media', 'platform', 'account', 'channel', 'appearance', 'event', 'ceremony', 'sidelines', 'parliament',
  'report', 'update', 'readout', 'note', 'morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year', 'weekend', 'time', 'call', 'phone',
]

/**
 * Words that stand between a verb and the clause without being part of it: "said Monday", "said
 * earlier", "said last week". They are skipped, as are weekday and month names.
 */
export const TIME_WORDS: readonly string[] = [
  'today', 'yesterday', 'tonight', 'earlier', 'later', 'again', 'also', 'separately', 'previously', 'recently', 'repeatedly', 'publicly', 'privately',
  'jointly', 'once', 'then', 'now', 'too', 'however', 'meanwhile',
]

/** Who is told: object pronouns and the usual audiences of officials ("told reporters", "told a news conference"). */
export const ADDRESSEES: readonly string[] = [
  'him', 'her', 'them', 'us', 'me', 'you', 'reporters', 'journalists', 'correspondents', 'lawmakers', 'legislators', 'parliament', 'parliamentarians', 'mps',
  'senators', 'deputies', 'congress', 'members', 'delegates', 'supporters', 'crowd', 'audience', 'media', 'press', 'television', 'radio', 'newspaper',
  'agency', 'broadcaster', 'conference', 'briefing', 'committee', 'council', 'assembly', 'house', 'senate', 'hearing', 'summit', 'investors', 'students',
  'residents', 'voters', 'troops', 'soldiers', 'diplomats', 'ministers', 'leaders', 'counterpart', 'counterparts', 'allies', 'partners', 'court', 'judge',
  'judges', 'jury', 'panel', 'inquiry', 'tribunal', 'nation', 'country', 'public', 'people', 'citizens', 'staff', 'employees', 'workers', 'shareholders',
  'protesters', 'demonstrators', 'listeners', 'viewers', 'readers', 'followers', 'colleagues', 'envoys', 'ambassadors', 'officials', 'cabinet',
]

/**
 * Verbs that, after "and" or "but", start the speaker's next act and so end the reported clause:
 * "said the measures would hurt jobs and called on Paris to …". A verb of the reported clause's own
 * subject ("said its forces had attacked … and destroyed …") is not among them.
 */
export const CLAUSE_ENDING_VERBS: readonly string[] = [
  'called', 'calls', 'urged', 'urges', 'accused', 'accuses', 'said', 'says', 'added', 'threatened', 'threatens', 'welcomed', 'welcomes', 'condemned',
  'condemns', 'criticised', 'criticized', 'criticises', 'criticizes', 'demanded', 'demands', 'warned', 'warns', 'vowed', 'vows', 'pledged', 'pledges',
  'promised', 'promises', 'rejected', 'rejects', 'denied', 'denies', 'appealed', 'appeals', 'asked', 'asks', 'announced', 'announces', 'insisted',
  'stressed', 'noted', 'praised', 'praises', 'thanked', 'blamed', 'blames', 'dismissed', 'dismisses', 'declined', 'told', 'described', 'labelled',
  'labeled', 'branded', 'questioned', 'expressed', 'expresses', 'reaffirmed', 'reiterated', 'invited', 'encouraged', 'admitted', 'acknowledged',
  'ordered', 'orders', 'instructed', 'summoned', 'filed',
]

/** Participles after a comma that start a new attributed stretch and end the clause before them: ", adding that …", ", citing …". */
export const CLAUSE_ENDING_PARTICIPLES: readonly string[] = ['citing', 'quoting', 'referring', 'according', 'speaking', 'responding', 'reacting']

/**
 * Words that cannot open a bare reported clause: prepositions, conjunctions and words that make
 * "said" intransitive ("said nothing", "said so", "said goodbye").
 */
export const NOT_CLAUSE_OPENERS: readonly string[] = [
  'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'to', 'into', 'about', 'over', 'under', 'after', 'before', 'during', 'since', 'against', 'without',
  'through', 'between', 'among', 'amid', 'despite', 'via', 'upon', 'toward', 'towards', 'across', 'near', 'and', 'or', 'but', 'nor', 'so', 'yet',
  'because', 'although', 'though', 'if', 'unless', 'while', 'whether', 'when', 'where', 'why', 'how', 'what', 'which', 'who', 'whom', 'whose', 'than',
  'as', 'not', 'never', 'nothing', 'little', 'much', 'more', 'less', 'goodbye', 'hello', 'yes', 'sorry', 'thanks', 'otherwise', 'enough', 'something',
  'anything', 'everything', 'none', 'hi', 'please', 'ok', 'okay', 'amen', 'instead', 'too', 'very', 'only', 'just', 'even', 'also', 'following',
]

/**
 * Words that open a subordinate clause. A sentence that starts with one and is broken by an
 * attribution ("When she tried to scream, she said, he …") reports the main clause after it.
 */
export const SUBORDINATING_CONJUNCTIONS: readonly string[] = ['when', 'while', 'although', 'though', 'because', 'if', 'unless', 'whereas', 'whether', 'once', 'until', 'since', 'after', 'before', 'as']

/** Words before a number that open a clause all the same: "said about 600,000 people fled", "said at least 20 died". */
export const QUANTITY_LEADS: readonly string[] = ['about', 'around', 'over', 'under', 'nearly', 'almost', 'more', 'fewer', 'less', 'up', 'at', 'some', 'roughly', 'approximately', 'only', 'just', 'well']

/** Auxiliaries and modals: a clause with one of them has a finite verb. */
export const AUXILIARIES: readonly string[] = [
  'is', 'are', 'was', 'were', 'am', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'may', 'might', 'must',
  'shall', 'should', "won't", 'won’t', "can't", 'can’t', "didn't", 'didn’t', "wasn't", 'wasn’t', "isn't", 'isn’t', "hasn't", 'hasn’t', "hadn't", 'hadn’t',
  "wouldn't", 'wouldn’t', "couldn't", 'couldn’t', "weren't", 'weren’t', "aren't", 'aren’t', "doesn't", 'doesn’t', "don't", 'don’t',
]

/** Past tenses that do not end in "-ed", so that "troops fell back" and "drones hit the plant" read as clauses. */
export const IRREGULAR_PAST: readonly string[] = [
  'died', 'used', 'owed', 'tied', 'lied', 'arose', 'awoke', 'beat', 'became', 'began', 'bore', 'broke', 'brought', 'built', 'bought', 'caught', 'chose', 'came', 'cost', 'cut', 'dealt', 'dug',
  'drew', 'drove', 'fed', 'felt', 'fell', 'fled', 'fought', 'found', 'flew', 'forbade', 'forgave', 'froze', 'got', 'gave', 'went', 'grew', 'hung', 'heard',
  'hid', 'hit', 'held', 'hurt', 'kept', 'knew', 'laid', 'led', 'left', 'lent', 'let', 'lay', 'lost', 'made', 'meant', 'met', 'overtook', 'overran',
  'overthrew', 'paid', 'put', 'quit', 'rode', 'rang', 'rose', 'ran', 'said', 'saw', 'sought', 'sold', 'sent', 'set', 'shook', 'shot', 'shut', 'sank', 'sat',
  'slew', 'spoke', 'spent', 'spread', 'sprang', 'stood', 'stole', 'stuck', 'struck', 'strove', 'swept', 'swore', 'took', 'taught', 'tore', 'told',
  'thought', 'threw', 'understood', 'undertook', 'upheld', 'withdrew', 'woke', 'wore', 'won', 'wrote', 'bled', 'blew', 'burnt', 'forgot', 'sped', 'spun',
  'stank', 'swam', 'swung', 'thrust', 'wept', 'wound', 'shed', 'slid', 'split', 'stung', 'strode', 'underwent', 'withheld', 'overcame', 'outgrew', 'mistook',
]

/**
 * Present tenses common in reported clauses ("Japan remains the largest donor", "the plan lacks
 * funding"); plural nouns look the same, so only these count as verbs.
 */
export const PRESENT_VERBS: readonly string[] = [
  'remains', 'remain', 'continues', 'continue', 'needs', 'need', 'plans', 'seeks', 'wants', 'intends', 'expects', 'faces', 'holds', 'means', 'shows', 'show',
  'stands', 'supports', 'support', 'opposes', 'oppose', 'rejects', 'lacks', 'poses', 'violates', 'threatens', 'represents', 'reflects', 'belongs', 'exists',
  'depends', 'affects', 'includes', 'involves', 'requires', 'risks', 'aims', 'hopes', 'considers', 'knows', 'sees', 'takes', 'makes', 'gives', 'gets',
  'goes', 'comes', 'keeps', 'runs', 'works', 'employs', 'stays', 'serves', 'controls', 'owes', 'owns', 'uses', 'wins', 'loses', 'helps', 'leads',
  'seems', 'appears', 'becomes', 'contains', 'costs', 'amounts', 'stems', 'hides', 'undermines', 'harms', 'damages', 'protects', 'ensures', 'provides',
  'allows', 'prevents', 'fails', 'continues', 'denies', 'remain', 'exceeds', 'totals', 'accounts', 'meets', 'breaches', 'complies', 'applies',
  // The same verbs after a plural subject ("the figures ignore …", "the rules lack …"); as nouns they follow a determiner, where they do not count.
  'ignores', 'ignore', 'undermine', 'hide', 'lack', 'violate', 'threaten', 'reflect', 'include', 'require', 'involve', 'exceed', 'pose', 'fail', 'ensure',
  'provide', 'allow', 'prevent', 'deny', 'mean', 'seek', 'intend', 'expect', 'want', 'face', 'represent', 'affect', 'depend',
]
