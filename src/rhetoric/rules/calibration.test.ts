import assert from 'node:assert/strict'
import { test } from 'node:test'
import { calibrationFrom, loadCalibration, UNMEASURED_PRECISION, type CalibrationFile } from './calibration.ts'

const counts = (hits: number, overlapping: number, factor = 1) => ({ hits, overlapping, factor })
const file: CalibrationFile = {
  description: 'test',
  command: 'test',
  corpus: 'test',
  smoothing: 10,
  families: { doubt: { technique: 'doubt', hits: 100, overlapping: 20, precision: 0.2, baseline: 0.03 } },
  entries: { 'doubt.so-called': { hits: 30, overlapping: 15 }, 'doubt.never-seen': { hits: 0, overlapping: 0 } },
  context: { otherCues: { none: counts(80, 10, 0.9), one: counts(15, 6, 1.2), more: counts(5, 4, 1.5) }, exclamation: { no: counts(95, 18, 1), yes: counts(5, 2, 1.4) } },
}
const calibration = calibrationFrom(file)

test("an entry's confidence moves from its family's precision toward its own as its hits add up", () => {
  assert.equal(calibration.confidence({ id: 'doubt.never-seen', family: 'doubt', weight: 1 }), 0.2)
  assert.equal(calibration.confidence({ id: 'doubt.so-called', family: 'doubt', weight: 1 }), 0.425)
  assert.equal(calibration.confidence({ id: 'doubt.new', family: 'doubt', weight: 0.5 }), 0.1)
  assert.equal(calibration.confidence({ id: 'other.new', family: 'other', weight: 1 }), UNMEASURED_PRECISION)
})

test('the sentence around a hit scales its confidence by the measured factors, within 0.01–0.95', () => {
  const entry = { id: 'doubt.never-seen', family: 'doubt', weight: 1 }
  assert.equal(calibration.confidence(entry, { otherCues: 0, exclamation: false }), 0.18)
  assert.equal(calibration.confidence(entry, { otherCues: 3, exclamation: true }), 0.42)
  assert.equal(calibration.confidence({ id: 'doubt.x', family: 'doubt', weight: 2 }, { otherCues: 5, exclamation: true }), 0.84)
  assert.equal(calibrationFrom(file).confidence({ id: 'doubt.x', family: 'doubt', weight: 0.01 }), 0.01)
})

test('the committed calibration loads, and a missing one says how to make it', () => {
  assert.ok(loadCalibration().file?.families['loaded-language'].hits)
  assert.throws(() => loadCalibration('/nonexistent'), /Cannot read \/nonexistent\/calibration\.json.*scripts\/calibrate-cues\.ts/)
})
