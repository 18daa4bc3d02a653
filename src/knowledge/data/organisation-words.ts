/**
 * Head words of organisation names: a phrase holding one of them names an organisation or a group,
 * not a person ("World Health Organization", "Afghan National Army", "Popular Front"). Lower case.
 */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  'organization', 'organisation', 'organizations', 'organisations', 'association', 'agency', 'bank', 'fund', 'council',
  'committee', 'commission', 'court', 'union', 'league', 'federation', 'party', 'ministry', 'department', 'office', 'bureau',
  'authority', 'assembly', 'parliament', 'congress', 'senate', 'government', 'administration', 'cabinet', 'institute',
  'institution', 'foundation', 'center', 'centre', 'university', 'college', 'school', 'company', 'corporation', 'corp',
  'inc', 'ltd', 'plc', 'group', 'network', 'society', 'trust', 'programme', 'program', 'forum', 'secretariat', 'alliance',
  'coalition', 'community', 'conference', 'cooperation', 'co-operation', 'treaty', 'pact', 'initiative', 'service',
  'services', 'police', 'force', 'forces', 'army', 'navy', 'military', 'guard', 'guards', 'command', 'brigade', 'brigades',
  'battalion', 'battalions', 'movement', 'front', 'cells', 'cell', 'faction', 'militia', 'militias', 'rebels',
  'insurgents', 'state', 'news', 'times', 'post', 'radio', 'television', 'tv', 'airlines', 'airways', 'systems', 'industries',
  'board', 'chamber', 'house', 'tribunal', 'junta', 'regime', 'knesset', 'duma', 'majlis', 'mission', 'observatory',
  'watch', 'international', 'unit', 'units', 'corps', 'directorate', 'bloc', 'club', 'church', 'order', 'brotherhood',
  'legion', 'jihad', 'mujahideen', 'mujahedeen', 'commandos', 'squad', 'squads', 'organisation', 'partnership',
  'consortium', 'holdings', 'enterprises', 'technologies', 'pharmaceutical', 'pharmaceuticals', 'energy', 'petroleum',
  'oil', 'motors', 'electric', 'telecom', 'communications', 'media', 'press', 'agencies', 'academy', 'tribe', 'clan',
  'embassy', 'consulate', 'secretariat', 'delegation', 'federal', 'national', 'republican', 'democratic', 'revolutionary', 'liberation', 'resistance', 'defence', 'defense',
])

/**
 * CAMEO agent codes (the three letters after a country code) whose actors are armed non-state
 * groups: rebels, insurgents, separatists, unidentified armed forces. Source: CAMEO codebook, actor codes.
 */
export const ARMED_GROUP_AGENTS: ReadonlySet<string> = new Set(['REB', 'INS', 'SEP', 'UAF'])
