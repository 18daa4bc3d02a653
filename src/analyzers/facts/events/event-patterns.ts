/**
 * Hand-written event patterns for what news and press releases report with nouns as often as with
 * verbs ("held drills", "imposed sanctions", "air strikes on …"). They take precedence over the
 * PETRARCH verb dictionary, which only knows verbs. Each pattern says why it carries its code.
 */
export interface EventPattern {
  id: string
  /** CAMEO event code, as in eventcodes.tsv */
  cameo: string
  /** nouns that name the event, lower-case; words separated by spaces ("air strikes") */
  nouns?: readonly string[]
  /** lemmas of verbs that report the event when they govern one of the nouns ("held drills") */
  with?: readonly string[]
  /** lemmas of verbs that report the event by themselves ("shelled") */
  verbs?: readonly string[]
  /** a standalone verb counts only with one of these words as its object; '@entity' accepts a named entity */
  objects?: readonly string[]
  /** a standalone verb counts only with one of these words (or a number) shortly before it: "thousands protested" */
  subjects?: readonly string[]
  /** a noun counts only when one of these words follows it ("strikes on …") */
  followedBy?: readonly string[]
  /** a noun does not count when one of these words follows it ("the exercise of power") */
  notFollowedBy?: readonly string[]
  /** a noun counts only in military company: a military word before it or in its clause */
  military?: boolean
  /** the code when the governing verb states an intent ("pledged aid"), not the act */
  intentCode?: string
  /** the noun reports the event without a governing verb when a named party or place is attached ("Russian air strikes on Kharkiv") */
  standalone?: boolean
  rationale: string
}

const FORCES = ['troops', 'forces', 'soldiers', 'servicemen', 'servicemembers', 'personnel', 'battalion', 'battalions', 'brigade', 'brigades', 'division', 'divisions', 'units', 'paratroopers', 'marines', 'warships', 'tanks', 'jets', 'fighter jets', 'bombers', 'aircraft', 'reinforcements', 'contingent', 'military', 'peacekeepers', 'troop', 'army']

const AID_VERBS = ['provide', 'send', 'deliver', 'give', 'grant', 'allocate', 'donate', 'distribute', 'ship', 'airlift', 'announce', 'approve', 'supply', 'transfer', 'extend', 'disburse', 'pledge', 'promise', 'offer', 'commit']

const SANCTION_NOUNS = ['sanctions', 'new sanctions', 'economic sanctions', 'embargo', 'arms embargo', 'trade embargo', 'oil embargo', 'export ban', 'import ban', 'export controls', 'asset freeze', 'travel ban']

export const EVENT_PATTERNS: readonly EventPattern[] = [
  {
    id: 'military-exercise',
    standalone: true,
    cameo: '150',
    nouns: ['exercise', 'exercises', 'drill', 'drills', 'war games', 'wargames', 'manoeuvres', 'maneuvers', 'manoeuvre', 'maneuver', 'war game', 'live-fire exercise', 'live-fire exercises', 'live-fire drills'],
    with: ['hold', 'conduct', 'stage', 'launch', 'begin', 'start', 'kick off', 'complete', 'conclude', 'wrap up', 'carry out', 'finish', 'end', 'host', 'organise', 'organize', 'take part', 'participate', 'join', 'perform'],
    military: true,
    rationale: "An exercise is a show of force: CAMEO 150 'Demonstrate military or police power'. 152 is a raised alert status, which a scheduled exercise is not.",
  },
  {
    id: 'military-parade',
    standalone: true,
    cameo: '150',
    nouns: ['military parade', 'naval parade', 'show of force'],
    with: ['hold', 'stage', 'organise', 'organize', 'mount'],
    rationale: "Parades and shows of force demonstrate military power (150), the code PETRARCH gives 'parade'.",
  },
  {
    id: 'raised-alert',
    cameo: '152',
    nouns: ['high alert', 'combat alert', 'combat readiness', 'full combat readiness', 'state of alert', 'alert'],
    with: ['put', 'place', 'raise', 'declare'],
    rationale: "Putting forces on alert is CAMEO 152 'Increase military alert status'.",
  },
  {
    id: 'deployment',
    standalone: true,
    cameo: '154',
    nouns: ['deployment', 'deployments', 'troop deployment', 'build-up', 'buildup', 'military build-up', 'military buildup', 'mobilisation', 'mobilization', 'troop surge'],
    with: ['announce', 'order', 'begin', 'complete', 'start', 'approve'],
    verbs: ['deploy', 'redeploy', 'send', 'dispatch', 'move', 'station', 'mobilise', 'mobilize', 'amass', 'mass', 'reinforce'],
    objects: FORCES,
    military: true,
    rationale: "Sending or massing troops is CAMEO 154 'Mobilize or increase armed forces'; PETRARCH's generic 'send troops' (072 military aid) fits only when they go to help an ally.",
  },
  {
    id: 'shelling',
    standalone: true,
    cameo: '194',
    nouns: ['shelling', 'shellings', 'artillery fire', 'artillery strike', 'artillery strikes', 'artillery attack', 'artillery attacks', 'mortar fire', 'mortar attack', 'mortar attacks', 'tank fire', 'rocket fire', 'barrage', 'artillery barrage', 'bombardment', 'bombardments'],
    with: ['carry out', 'conduct', 'launch', 'open', 'intensify', 'resume'],
    verbs: ['shell', 'bombard'],
    rationale: "Artillery, mortars, tanks and rocket artillery are the weapons of CAMEO 194 'Fight with artillery and tanks'.",
  },
  {
    id: 'air-strike',
    standalone: true,
    cameo: '195',
    nouns: ['air strike', 'air strikes', 'airstrike', 'airstrikes', 'air-strike', 'air-strikes', 'air raid', 'air raids', 'air attack', 'air attacks', 'drone strike', 'drone strikes', 'drone attack', 'drone attacks', 'missile strike', 'missile strikes', 'missile attack', 'missile attacks', 'aerial bombardment', 'aerial attack', 'aerial attacks', 'bombing raid', 'bombing raids', 'bombing campaign', 'aerial bombing'],
    with: ['carry out', 'conduct', 'launch', 'stage', 'order', 'mount', 'intensify', 'resume'],
    verbs: ['bomb', 'airstrike'],
    rationale: "Strikes by aircraft, drones and missiles are CAMEO 195 'Employ aerial weapons'; in political news 'bombed' reports aerial bombing (bombs planted on the ground have their own nouns below).",
  },
  {
    id: 'suicide-bombing',
    standalone: true,
    cameo: '1831',
    nouns: ['suicide bombing', 'suicide bombings', 'suicide attack', 'suicide attacks', 'suicide bomber', 'suicide bombers'],
    with: ['carry out', 'stage', 'conduct', 'commit'],
    rationale: "CAMEO 1831 'Carry out suicide bombing'.",
  },
  {
    id: 'car-bombing',
    standalone: true,
    cameo: '1832',
    nouns: ['car bomb', 'car bombs', 'car bombing', 'car bombings', 'vehicle bomb', 'truck bomb'],
    with: ['detonate', 'set off', 'carry out', 'plant'],
    rationale: "CAMEO 1832 'Carry out car bombing'.",
  },
  {
    id: 'roadside-bombing',
    standalone: true,
    cameo: '1833',
    nouns: ['roadside bomb', 'roadside bombs', 'roadside bombing', 'roadside bombings', 'ied', 'ieds', 'improvised explosive device'],
    with: ['detonate', 'set off', 'plant', 'carry out'],
    rationale: "CAMEO 1833 'Carry out roadside bombing'; improvised explosive devices are the roadside bomb of news reports.",
  },
  {
    id: 'bombing',
    standalone: true,
    cameo: '183',
    nouns: ['bombing', 'bombings', 'bomb attack', 'bomb attacks', 'bomb blast', 'terrorist attack', 'terrorist attacks', 'terror attack', 'terror attacks'],
    with: ['carry out', 'stage', 'conduct', 'commit', 'claim'],
    rationale: "A bombing not delivered from the air is CAMEO 183 'Conduct suicide, car, or other non-military bombing'; terrorist attacks are coded with it as the codebook's unconventional violence.",
  },
  {
    id: 'invasion',
    standalone: true,
    cameo: '192',
    nouns: ['invasion', 'full-scale invasion', 'annexation'],
    with: ['launch', 'begin', 'start', 'carry out', 'order'],
    verbs: ['invade', 'annex'],
    rationale: "Invading or annexing land is CAMEO 192 'Occupy territory', the code PETRARCH gives 'invade'.",
  },
  {
    id: 'small-arms',
    standalone: true,
    cameo: '193',
    nouns: ['gunfire', 'gun battle', 'gun battles', 'firefight', 'firefights', 'shootout', 'exchange of fire', 'sniper fire', 'small-arms fire', 'small arms fire'],
    with: ['open', 'exchange', 'engage'],
    rationale: "Fighting with rifles and machine guns is CAMEO 193 'Fight with small arms and light weapons'.",
  },
  {
    id: 'attack',
    standalone: true,
    cameo: '190',
    nouns: ['attack', 'attacks', 'assault', 'assaults', 'offensive', 'counteroffensive', 'counter-offensive', 'incursion', 'incursions', 'raid', 'raids', 'military operation', 'military action', 'fighting', 'clashes', 'hostilities', 'ambush'],
    with: ['launch', 'carry out', 'conduct', 'mount', 'stage', 'begin', 'start', 'step up', 'intensify', 'resume', 'unleash', 'commit'],
    rationale: "An attack whose weapons the text does not name is CAMEO 190 'Use conventional military force, not specified below'.",
  },
  {
    id: 'strike-on',
    standalone: true,
    cameo: '190',
    nouns: ['strike', 'strikes'],
    followedBy: ['on', 'against', 'at', 'upon'],
    with: ['launch', 'carry out', 'conduct', 'mount', 'order', 'resume'],
    rationale: "'Strike' is an attack only when it is aimed: 'strikes on X', 'a strike against X' (190); otherwise it may be a labour strike (143).",
  },
  {
    id: 'ceasefire',
    cameo: '0871',
    nouns: ['ceasefire', 'cease-fire', 'truce', 'armistice', 'humanitarian pause'],
    with: ['declare', 'announce', 'agree', 'reach', 'sign', 'broker', 'observe', 'extend'],
    rationale: "CAMEO 0871 'Declare truce, ceasefire'.",
  },
  {
    id: 'ceasefire-violation',
    cameo: '196',
    nouns: ['ceasefire', 'cease-fire', 'truce', 'ceasefire violation', 'ceasefire violations', 'truce violation', 'truce violations'],
    with: ['violate', 'breach', 'break', 'record', 'report'],
    rationale: "CAMEO 196 'Violate ceasefire'.",
  },
  {
    id: 'withdrawal',
    cameo: '087',
    nouns: ['withdrawal', 'pullout', 'pull-out', 'troop withdrawal'],
    with: ['announce', 'begin', 'complete', 'start', 'order'],
    verbs: ['withdraw', 'pull out', 'pull back'],
    objects: FORCES,
    military: true,
    rationale: "Pulling forces back is CAMEO 087 'De-escalate military engagement'; 0874 is a retreat or surrender under fire.",
  },
  {
    id: 'sanctions',
    cameo: '163',
    nouns: SANCTION_NOUNS,
    with: ['impose', 'slap', 'announce', 'introduce', 'adopt', 'approve', 'expand', 'extend', 'tighten', 'level', 'place', 'unveil', 'roll out', 'agree', 'enforce', 'hit', 'apply', 'target'],
    verbs: ['sanction', 'blacklist'],
    objects: ['@entity', 'officials', 'companies', 'individuals', 'entities', 'banks', 'oligarchs', 'firms', 'people', 'persons', 'ministers', 'lawmakers', 'generals'],
    rationale: "CAMEO 163 'Impose embargo, boycott, or sanctions'.",
  },
  {
    id: 'sanctions-eased',
    cameo: '085',
    nouns: SANCTION_NOUNS,
    with: ['lift', 'ease', 'remove', 'suspend', 'relax', 'scrap', 'end', 'waive', 'loosen'],
    rationale: "Lifting or easing sanctions is CAMEO 085 'Ease economic sanctions, boycott, embargo'.",
  },
  {
    id: 'appeal',
    cameo: '020',
    nouns: ['appeal', 'plea'],
    with: ['make', 'issue', 'launch', 'renew', 'repeat'],
    verbs: ['urge', 'call on', 'call upon', 'appeal to', 'implore'],
    rationale: "Urging or calling on someone is CAMEO 020 'Appeal, not specified below'.",
  },
  {
    id: 'ultimatum',
    cameo: '139',
    nouns: ['ultimatum'],
    with: ['issue', 'give', 'deliver', 'present', 'set'],
    rationale: "CAMEO 139 'Give ultimatum'.",
  },
  {
    id: 'demand',
    cameo: '100',
    nouns: ['demand', 'demands'],
    with: ['issue', 'make', 'present', 'deliver', 'repeat', 'renew'],
    rationale: "CAMEO 100 'Demand, not specified below'.",
  },
  {
    id: 'threat',
    cameo: '130',
    nouns: ['threat', 'threats', 'warning', 'warnings'],
    with: ['issue', 'make', 'deliver', 'repeat', 'renew', 'utter'],
    rationale: "Issuing a threat or warning is CAMEO 130 'Threaten, not specified below'.",
  },
  {
    id: 'accusation',
    cameo: '112',
    nouns: ['accusation', 'accusations', 'allegation', 'allegations'],
    with: ['make', 'level', 'levy', 'repeat', 'hurl', 'voice', 'renew'],
    rationale: "CAMEO 112 'Accuse, not specified below'.",
  },
  {
    id: 'criticism',
    cameo: '111',
    nouns: ['criticism', 'condemnation', 'protest note', 'note of protest'],
    with: ['voice', 'express', 'issue', 'deliver', 'lodge'],
    verbs: ['condemn', 'denounce', 'criticise', 'criticize', 'slam', 'decry', 'deplore'],
    rationale: "CAMEO 111 'Criticize or denounce'.",
  },
  {
    id: 'concern',
    cameo: '012',
    nouns: ['concern', 'concerns', 'alarm', 'dismay', 'regret'],
    with: ['express', 'voice', 'raise', 'share', 'reiterate'],
    rationale: "Expressing concern is CAMEO 012 'Make pessimistic comment', the code PETRARCH gives 'express concern'.",
  },
  {
    id: 'statement',
    cameo: '010',
    nouns: ['statement', 'statements', 'communique', 'communiqué', 'joint statement', 'declaration', 'joint declaration', 'press release'],
    with: ['issue', 'release', 'publish', 'make', 'adopt'],
    rationale: "Issuing a statement is CAMEO 010 'Make statement, not specified below'; what the statement says is coded from its quotes.",
  },
  {
    id: 'phone-call',
    cameo: '041',
    nouns: ['phone call', 'telephone call', 'phone conversation', 'telephone conversation', 'phone talks', 'telephone talks', 'video call'],
    with: ['hold', 'have', 'make', 'conduct'],
    rationale: "CAMEO 041 'Discuss by telephone'.",
  },
  {
    id: 'talks',
    cameo: '046',
    nouns: ['talks', 'negotiations', 'peace talks', 'round of talks', 'round of negotiations', 'dialogue'],
    with: ['hold', 'begin', 'open', 'start', 'resume', 'conduct', 'continue', 'conclude', 'wrap up', 'launch', 'enter', 'host', 'attend', 'have'],
    rationale: "Talks are negotiation: CAMEO 046 'Engage in negotiation'.",
  },
  {
    id: 'meeting',
    cameo: '040',
    nouns: ['meeting', 'meetings', 'summit', 'consultations', 'bilateral meeting', 'videoconference', 'video conference', 'conference'],
    with: ['hold', 'host', 'attend', 'convene', 'chair', 'have', 'organise', 'organize'],
    rationale: "A meeting whose agenda the text does not name is CAMEO 040 'Consult, not specified below'.",
  },
  {
    id: 'visit',
    cameo: '042',
    nouns: ['visit', 'state visit', 'official visit', 'working visit', 'trip', 'tour'],
    with: ['pay', 'make', 'begin', 'start', 'conclude', 'end', 'arrive on', 'undertake', 'embark on'],
    rationale: "CAMEO 042 'Make a visit'; the host's side is 043.",
  },
  {
    id: 'agreement',
    cameo: '057',
    nouns: ['agreement', 'agreements', 'treaty', 'accord', 'deal', 'memorandum', 'memorandum of understanding', 'pact', 'protocol', 'joint declaration', 'contract'],
    with: ['sign', 'ink', 'conclude', 'seal', 'ratify', 'reach', 'strike', 'finalise', 'finalize', 'clinch', 'initial'],
    rationale: "Signing or concluding an agreement is CAMEO 057 'Sign formal agreement'.",
  },
  {
    id: 'humanitarian-aid',
    cameo: '073',
    intentCode: '0333',
    nouns: ['humanitarian aid', 'humanitarian assistance', 'food aid', 'relief supplies', 'relief aid', 'emergency aid', 'humanitarian supplies', 'medical supplies', 'humanitarian convoy', 'humanitarian convoys'],
    with: AID_VERBS,
    rationale: "CAMEO 073 'Provide humanitarian aid'; pledging it is 0333.",
  },
  {
    id: 'military-aid',
    cameo: '072',
    intentCode: '0332',
    nouns: ['military aid', 'military assistance', 'security assistance', 'defence aid', 'defense aid', 'weapons', 'arms', 'arms deliveries', 'weapons deliveries', 'ammunition', 'military equipment', 'air defence systems', 'air defense systems'],
    with: AID_VERBS,
    rationale: "CAMEO 072 'Provide military aid'; pledging it is 0332.",
  },
  {
    id: 'economic-aid',
    cameo: '071',
    intentCode: '0331',
    nouns: ['economic aid', 'financial aid', 'financial assistance', 'economic assistance', 'budget support', 'loan', 'loans', 'grant', 'grants', 'credit line', 'funding', 'bailout'],
    with: [...AID_VERBS, 'lend'],
    rationale: "CAMEO 071 'Provide economic aid'; pledging it is 0331.",
  },
  {
    id: 'aid',
    cameo: '070',
    intentCode: '033',
    nouns: ['aid', 'assistance', 'aid package', 'support package', 'relief'],
    with: AID_VERBS,
    rationale: "Aid of an unnamed kind is CAMEO 070 'Provide aid, not specified below'; pledging it is 033.",
  },
  {
    id: 'protest',
    standalone: true,
    cameo: '141',
    nouns: ['protest', 'protests', 'demonstration', 'demonstrations', 'rally', 'rallies', 'march', 'marches', 'sit-in', 'sit-ins', 'vigil', 'street protests', 'mass protests'],
    with: ['hold', 'stage', 'organise', 'organize', 'join', 'take part', 'lead', 'call', 'attend'],
    verbs: ['protest', 'demonstrate', 'rally', 'march'],
    subjects: ['thousands', 'hundreds', 'tens', 'dozens', 'protesters', 'demonstrators', 'people', 'residents', 'workers', 'students', 'supporters', 'crowds', 'citizens', 'activists', 'opponents', 'women', 'farmers', 'crowd', 'teachers', 'doctors', 'nurses', 'miners', 'pensioners', 'employees'],
    notFollowedBy: ['of'],
    rationale: "Street protests are CAMEO 141 'Demonstrate or rally'. The verb counts only with people or a number as its subject: a government that 'protested' sent a note, not a crowd.",
  },
  {
    id: 'hunger-strike',
    standalone: true,
    cameo: '142',
    nouns: ['hunger strike', 'hunger strikes'],
    with: ['go on', 'begin', 'start', 'stage', 'launch', 'end', 'declare'],
    rationale: "CAMEO 142 'Conduct hunger strike, not specified below'.",
  },
  {
    id: 'labour-strike',
    cameo: '143',
    nouns: ['strike', 'strikes', 'general strike', 'walkout', 'work stoppage'],
    with: ['go on', 'stage', 'call', 'hold', 'join', 'begin', 'announce'],
    rationale: "A labour strike is CAMEO 143 'Conduct strike or boycott'. Listed after the attack pattern: 'strike on X' is an attack.",
  },
  {
    id: 'riot',
    standalone: true,
    cameo: '145',
    nouns: ['riot', 'riots', 'rioting', 'violent protests', 'violent protest'],
    with: ['spark', 'break out'],
    rationale: "CAMEO 145 'Protest violently, riot'.",
  },
  {
    id: 'arrest',
    cameo: '173',
    nouns: ['arrest', 'arrests', 'detention', 'detentions'],
    with: ['make', 'carry out', 'order', 'announce'],
    verbs: ['arrest', 'detain', 'jail', 'imprison', 'indict', 'prosecute'],
    rationale: "CAMEO 173 'Arrest, detain, or charge with legal action'.",
  },
  {
    id: 'expulsion',
    cameo: '174',
    verbs: ['expel', 'deport'],
    objects: ['diplomats', 'diplomat', 'ambassador', 'envoy', 'envoys', 'staff', 'officials', 'journalists', 'journalist', 'migrants', 'attaché', 'attache', '@entity'],
    rationale: "Expelling diplomats or deporting people is CAMEO 174 'Expel or deport individuals'; 161 is for cutting relations themselves.",
  },
  {
    id: 'broken-relations',
    cameo: '161',
    nouns: ['diplomatic relations', 'diplomatic ties', 'relations', 'ties'],
    with: ['sever', 'break off', 'cut', 'suspend', 'downgrade', 'break', 'freeze'],
    rationale: "CAMEO 161 'Reduce or break diplomatic relations'.",
  },
  {
    id: 'war-crimes-investigation',
    cameo: '094',
    nouns: ['war crimes investigation', 'war crimes inquiry', 'war crimes probe'],
    with: ['open', 'launch', 'begin', 'announce', 'order', 'start'],
    rationale: "CAMEO 094 'Investigate war crimes'.",
  },
  {
    id: 'investigation',
    cameo: '090',
    nouns: ['investigation', 'inquiry', 'probe', 'criminal investigation'],
    with: ['open', 'launch', 'begin', 'announce', 'order', 'start', 'conduct'],
    rationale: "CAMEO 090 'Investigate, not specified below'.",
  },
  {
    id: 'release',
    cameo: '0841',
    nouns: ['prisoner exchange', 'prisoner swap', 'exchange of prisoners'],
    with: ['carry out', 'conduct', 'complete', 'hold'],
    verbs: ['release', 'free'],
    objects: ['prisoners', 'hostages', 'detainees', 'captives', 'prisoners of war', 'pows', 'hostage', 'prisoner', '@entity'],
    rationale: "Freeing people is CAMEO 0841 'Return, release person(s)'.",
  },
]
