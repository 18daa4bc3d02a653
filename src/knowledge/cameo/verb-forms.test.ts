import assert from 'node:assert/strict'
import { test } from 'node:test'
import { formKind, regularVerbForms } from './verb-forms.ts'

test('regular inflections follow English spelling', () => {
  assert.deepEqual(regularVerbForms('deploy'), { base: ['deploy'], s: ['deploys'], ed: ['deployed'], ing: ['deploying'] })
  assert.deepEqual(regularVerbForms('accuse'), { base: ['accuse'], s: ['accuses'], ed: ['accused'], ing: ['accusing'] })
  assert.deepEqual(regularVerbForms('bombard'), { base: ['bombard'], s: ['bombards'], ed: ['bombarded'], ing: ['bombarding'] })
  assert.deepEqual(regularVerbForms('rally'), { base: ['rally'], s: ['rallies'], ed: ['rallied'], ing: ['rallying'] })
  assert.deepEqual(regularVerbForms('agree'), { base: ['agree'], s: ['agrees'], ed: ['agreed'], ing: ['agreeing'] })
  assert.deepEqual(regularVerbForms('impeach'), { base: ['impeach'], s: ['impeaches'], ed: ['impeached'], ing: ['impeaching'] })
  assert.deepEqual(regularVerbForms('ban'), { base: ['ban'], s: ['bans'], ed: ['banned'], ing: ['banning'] })
})

test('listed irregular forms are told apart by their endings', () => {
  assert.deepEqual(['says', 'said', 'saying', 'say'].map((f) => formKind(f, 'say')), ['s', 'ed', 'ing', 'base'])
  assert.equal(formKind('angered', 'angered'), 'ed')
})
