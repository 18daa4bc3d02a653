import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parsePetrarchVerbs } from './petrarch-verbs.ts'

// A small dictionary in the CAMEO.2.0.txt format, written for this test.
const DICTIONARY = `# comment lines are ignored
####### SYNONYM SETS #######

&MILITARY
+TROOPS
+ARMED_FORCES
+SECURITY_

####### VERB PATTERNS #######

---  SEND   [---]  ---
SEND {SENDS SENDING SENT }
DEPLOY
+CRACK_DOWN {+CRACKED_DOWN , +CRACKS_DOWN}
- * &MILITARY                                         [154]         # DEPLOY
- * {TRADE MISSION}                                   [0311]        # SEND
- &MILITARY * (TO BORDER)                             [154:154]     # SEND , DEPLOY
- * (WITH CORRUPTION)                                 [---]         # SEND
- * FLOWERS                                           [s]           # SEND
~ a (a b ATTACK) SAY = a b 015

---  VISIT   [042:043]  ---
VISIT
HOST  [043]
- * (AT HEARING)                                      [:173]        # VISIT
`

const dictionary = parsePetrarchVerbs(DICTIONARY, (code) => ['154', '0311', '042', '043', '173'].includes(code))

test('reads synonym sets lower-cased, words joined by "_", exact words marked by a trailing "_"', () => {
  assert.deepEqual(dictionary.synsets, { MILITARY: ['troops', 'armed_forces', 'security_'] })
})

test('reads verb blocks with their codes, generating regular forms when none are listed', () => {
  const [send, visit] = dictionary.blocks
  assert.equal(send.name, 'SEND')
  assert.equal(send.code, null)
  assert.deepEqual(send.verbs[0], { lemma: 'send', forms: { base: ['send'], s: ['sends'], ed: ['sent'], ing: ['sending'] } })
  assert.deepEqual(send.verbs[1].forms, { base: ['deploy'], s: ['deploys'], ed: ['deployed'], ing: ['deploying'] })
  assert.deepEqual(send.verbs[2], { lemma: 'crack down', forms: { base: ['crack down'], s: ['cracks down'], ed: ['cracked down'], ing: [] } })
  assert.equal(visit.code, '042')
  assert.deepEqual(visit.verbs.map((v) => [v.lemma, v.code]), [['visit', undefined], ['host', '043']])
})

test('reads patterns: words before and after the verb, phrases, codes both ways, and the verbs they were written for', () => {
  const [send, visit] = dictionary.blocks
  assert.deepEqual(send.patterns, [
    { pre: [], post: ['&MILITARY'], code: '154', reverse: null, origin: ['deploy'] },
    { pre: [], post: [{ np: ['trade', 'mission'] }], code: '0311', reverse: null, origin: ['send'] },
    { pre: ['&MILITARY'], post: [{ pp: ['to', 'border'] }], code: '154', reverse: '154', origin: ['send', 'deploy'] },
    { pre: [], post: [{ pp: ['with', 'corruption'] }], code: null, reverse: null, origin: ['send'] },
  ])
  assert.deepEqual(visit.patterns, [{ pre: [], post: [{ pp: ['at', 'hearing'] }], code: null, reverse: '173', origin: ['visit'] }])
})

test('reports the lines it cannot use instead of guessing', () => {
  assert.deepEqual(dictionary.warnings, ['line 19: no event code in [s]'])
})
