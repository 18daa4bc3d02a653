import assert from 'node:assert/strict'
import { test } from 'node:test'
import * as ner from './index.ts'

test('public API', () => {
  assert.deepEqual(Object.keys(ner).sort(), [
    'ConllFormatError',
    'DEFAULT_NER_MODEL',
    'ENTITY_TYPES',
    'EntityScorer',
    'GAZETTEER_CATEGORIES',
    'Gazetteer',
    'NER_LABELS',
    'NER_MODEL_FORMAT',
    'NerTagger',
    'conllSentences',
    'decodeNerModel',
    'encodeNerModel',
    'entitySpans',
    'evaluateTagger',
    'gazetteerKey',
    'isAllowedAfter',
    'labelIndex',
    'loadNerTagger',
    'nameWords',
    'normalizeLists',
    'normalizeName',
    'parseConllLines',
    'readNerModel',
    'readNerTrainingInfo',
    'readTaggedSentences',
    'tagConll',
    'toIob2',
    'trainNerTagger',
  ])
})
