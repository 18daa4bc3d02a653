import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { test } from 'node:test'
import { CHECKWORTHY_DEV_FILE, CHECKWORTHY_TRAIN_FILE, DEFAULT_CHECKWORTHY_DIR, parseCheckworthyTsv, readCheckworthyTsv, unquoteCell } from './checkworthy-data.ts'

const HEADER = 'Sentence_id\tText\tclass_label\n'

test('a CheckThat! TSV reads as labelled sentences', () => {
  assert.deepEqual(parseCheckworthyTsv(`${HEADER}80\tWe're consuming 50 percent of the world's cocaine.\tYes\n131\tLet me help the governor.\tNo\n`), [
    { id: '80', text: "We're consuming 50 percent of the world's cocaine.", checkworthy: true },
    { id: '131', text: 'Let me help the governor.', checkworthy: false },
  ])
})

test('CSV-style quoting is undone, so quoting cannot become a feature', () => {
  assert.equal(unquoteCell('"You know, I saw a movie - ""Crocodile Dundee."""'), 'You know, I saw a movie - "Crocodile Dundee."')
  assert.equal(unquoteCell('He said "no" twice.'), 'He said "no" twice.')
  assert.equal(parseCheckworthyTsv(`${HEADER}7\t"Taxes rose by 3 percent."\tYes\n`)[0].text, 'Taxes rose by 3 percent.')
})

test('two rows run together by a missing line break are split back', () => {
  assert.deepEqual(parseCheckworthyTsv(`${HEADER}24098\tWe've got to invest and grow.\tNo29286\tYou can't bring back jobs.\tNo\n`), [
    { id: '24098', text: "We've got to invest and grow.", checkworthy: false },
    { id: '29286', text: "You can't bring back jobs.", checkworthy: false },
  ])
})

test('a bad row is reported with its line number', () => {
  assert.throws(() => parseCheckworthyTsv(`${HEADER}1\tA sentence.\tMaybe\n`, 'x.tsv'), /x\.tsv:2: the label must be Yes or No, got 'Maybe'/)
  assert.throws(() => parseCheckworthyTsv(`${HEADER}1\tno label\n`, 'x.tsv'), /x\.tsv:2: expected 3 tab-separated fields/)
})

test('the shared 2024 files read completely', { skip: !existsSync(new URL(CHECKWORTHY_TRAIN_FILE, DEFAULT_CHECKWORTHY_DIR)) && 'needs ../shared/data' }, () => {
  const train = readCheckworthyTsv(new URL(CHECKWORTHY_TRAIN_FILE, DEFAULT_CHECKWORTHY_DIR))
  const dev = readCheckworthyTsv(new URL(CHECKWORTHY_DEV_FILE, DEFAULT_CHECKWORTHY_DIR))
  assert.equal(train.length, 22501)
  assert.equal(train.filter((e) => e.checkworthy).length, 5413)
  assert.equal(dev.length, 1032)
  assert.equal(dev.filter((e) => e.checkworthy).length, 238)
  assert.equal([...train, ...dev].filter((e) => e.text.includes('""')).length, 0, 'no CSV escapes left')
})
