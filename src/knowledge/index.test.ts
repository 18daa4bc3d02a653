import assert from 'node:assert/strict'
import { test } from 'node:test'
import * as knowledge from './index.ts'

test('the knowledge module exports its loader, gazetteer and data tables', () => {
  assert.deepEqual(Object.keys(knowledge).sort(), [
    'AliasFlag', 'CAMEO_AGENTS', 'DEFAULT_KB_PATH', 'KB_FORMAT', 'NAME_LOWERCASE_WORDS', 'PERSON_TITLES', 'ROLE_WORDS', 'cameoParts',
    'createGazetteer', 'createKnowledgeBase', 'fitsCase', 'isAllCaps', 'isCapitalised', 'loadKnowledgeBase', 'nameKeys', 'parseKb',
    'readKbFile', 'serializeKb', 'tokenKey', 'tokenKeys',
  ])
})
