import assert from 'node:assert/strict'
import { test } from 'node:test'
import { hostileReport, plainReport, pressReleaseReport } from '../../../test/fixtures/reports.ts'
import { formatStylish } from './stylish.ts'
import { visibleLength } from './terminal-text.ts'

const stripAnsi = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '')

test('a document opens with its source, title and metadata', () => {
  const lines = formatStylish([pressReleaseReport()], { width: 120 }).split('\n')
  assert.deepEqual(lines.slice(0, 4), [
    'examples/sco-exercise.txt',
    '  SCO forces complete joint exercise in Kyrgyzstan',
    '  issuer Media Office of the Eurasian Unity Movement · published 2021-09-14 · language en · id sco-exercise',
    '',
  ])
})

test('each sentence shows its function, check-worthiness and text, then the findings that start in it', () => {
  const out = formatStylish([pressReleaseReport()], { width: 130 })
  const block = out.slice(out.indexOf('  7:1  opinion'), out.indexOf('  7:71  question'))
  assert.deepEqual(block.trimEnd().split('\n'), [
    '  7:1  opinion · check-worthiness 0.20',
    '    These so-called partners are nothing but puppets of a corrupt regime!',
    '    7:7    technique  warning  Name calling / labelling 0.60  "so-called partners"',
    '                      The label "so-called" mocks the partners rather than describing them.',
    '                      cues: so-called',
    '    7:30   technique  info     Exaggeration / minimisation 0.45  "nothing but puppets"',
    '                      Reduces the partners to "nothing but" puppets.',
    '                      cues: nothing but',
    '    7:42   technique  error    Loaded language 0.82  "puppets of a corrupt regime"',
    '                      The phrase "puppets of a corrupt regime" carries a strong emotional charge instead of a description.',
    '                      cues: puppets, corrupt regime',
  ])
})

test('quotes show their speaker, events their CAMEO code and label, facts what they resolve to', () => {
  const out = formatStylish([pressReleaseReport()], { width: 120 })
  assert.match(out, /5:2 {4}quote {6}direct quote {2}"The exercise shows that our unity cannot be broken,"\n {22}speaker: Vladimir Norov \(SCO Secretary-General\)/)
  assert.match(out, /event {6}0871 Engage in military cooperation {2}"The Shanghai/)
  assert.match(out, /actor: Shanghai Cooperation Organisation · location: Kyrgyzstan/)
  assert.match(out, /3:84 {3}date {7}date \(day\) {2}"on Tuesday" → 2021-09-14/)
  assert.match(out, /amount {5}count {2}"More than 1,200 troops" → more than 1200 troops/)
  assert.match(out, /entity {5}organization {2}"SCO" → Shanghai Cooperation Organisation/)
})

test('a summary closes each document and totals close the run', () => {
  const out = formatStylish([pressReleaseReport(), plainReport()], { width: 120 })
  assert.match(out, /sentences {3}7 \(2 report, 1 call to action, 1 opinion, 1 other, 1 question, 1 quote\) · 2 check-worthy \(≥ 0\.5\)/)
  assert.match(out, /facts {7}4 entities \(7 mentions\) · 1 quote · 1 amount · 2 dates · 1 event/)
  assert.match(out, /techniques {2}5 techniques \(1 error · 2 warning · 2 info\)/)
  assert.match(out, /top {9}Loaded language ×1 · Name calling \/ labelling ×1/)
  assert.match(out, /problem {5}info {2}facts\/dates: Could not resolve "on Saturday" without a year\./)
  assert.match(out, /techniques {2}0 techniques\n/)
  assert.ok(out.trimEnd().endsWith('2 documents · 5 techniques (1 error · 2 warning · 2 info) · 12 facts · 1 problem'))
  assert.equal(formatStylish([]).trim(), 'No documents analysed.')
})

test('lines wrap at the width', () => {
  for (const width of [60, 100]) {
    const out = formatStylish([pressReleaseReport(), hostileReport()], { width })
    for (const line of out.split('\n').slice(1)) assert.ok(visibleLength(line) <= width, `${JSON.stringify(line)} is longer than ${width}`)
  }
})

test('colour changes nothing but the paint, and highlights the marked text', () => {
  const reports = [pressReleaseReport(), hostileReport()]
  const plain = formatStylish(reports)
  const coloured = formatStylish(reports, { color: true })
  assert.doesNotMatch(plain, /\u001b/)
  assert.notEqual(coloured, plain)
  assert.equal(stripAnsi(coloured), plain)
  assert.ok(coloured.includes('\u001b[31m of a corrupt regime\u001b[39m'), 'an error-level technique is red in the sentence text')
})

test('control characters in the document never reach the terminal', () => {
  const out = formatStylish([hostileReport()], { color: true })
  for (const m of out.matchAll(/\u001b/g)) assert.match(out.slice(m.index, m.index + 6), /^\u001b\[\d+m/)
  assert.match(stripAnsi(out), /A terminal escape ␛\[31mred␛\[0m hides here\./)
})
