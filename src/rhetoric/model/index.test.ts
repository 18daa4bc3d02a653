import assert from 'node:assert/strict'
import { test } from 'node:test'
import * as model from './index.ts'
import * as ptc from '../ptc/index.ts'

test('the rhetoric model and PTC modules export their public API', () => {
  assert.deepEqual(Object.keys(model).sort(), [
    'DEFAULT_CLASSIFIER_OPTIONS', 'DEFAULT_MODEL_DIR', 'DEFAULT_TAGGER_OPTIONS', 'SPANS_FILE', 'TECHNIQUES_FILE', 'calibrate', 'classifySpans',
    'decodeRhetoricModel', 'decodeSpans', 'encodeRhetoricModel', 'fitIsotonic', 'loadRhetoricModel', 'loadTrainingDocuments', 'outOfFoldPredictions',
    'predictTechniques', 'prepareTaggedDocument', 'reliabilityTable', 'techniqueFindings', 'trainRhetoricModel', 'writeRhetoricModel',
  ])
  assert.deepEqual(Object.keys(ptc).sort(), [
    'DEFAULT_PTC_TRAIN_DIR', 'PtcInputError', 'articleFolds', 'classifyTemplate', 'formatSiLabels', 'formatTcLabels', 'identifySpans', 'lineBaselineSpans',
    'loadPtcCorpus', 'mergeSpans', 'offsetConverter', 'parseSiLabels', 'parseTcLabels', 'parseTcTemplate', 'readPtcArticles', 'scoreSpanIdentification',
    'scoreTechniqueClassification',
  ])
})
