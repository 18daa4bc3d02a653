import assert from 'node:assert/strict'
import { test } from 'node:test'
import { initials, initialsVariants, nameCase } from './name-case.ts'

test('dictionary capitals become printed names', () => {
  assert.equal(nameCase(['BASHAR', 'AL-ASSAD']), 'Bashar al-Assad')
  assert.equal(nameCase(['OSAMA', 'BIN', 'LADEN']), 'Osama bin Laden')
  assert.equal(nameCase(['ORGANIZATION', 'OF', 'THE', 'ISLAMIC', 'COOPERATION']), 'Organization of the Islamic Cooperation')
  assert.equal(nameCase(['XI', 'JINPING']), 'Xi Jinping')
  assert.equal(nameCase(['ELIZABETH', 'II']), 'Elizabeth II')
  assert.equal(nameCase(['GEORGE', 'W.', 'BUSH']), 'George W. Bush')
  assert.equal(nameCase(['ROBERT', 'MCNAMARA']), 'Robert McNamara')
  assert.equal(nameCase(['WILLIAM', "O'NEIL"]), "William O'Neil")
  assert.equal(nameCase(['NATO'], new Set(['NATO'])), 'NATO')
})

test('initials skip small words; hyphenated words give a second reading', () => {
  assert.equal(initials(['North', 'Atlantic', 'Treaty', 'Organization']), 'NATO')
  assert.deepEqual(initialsVariants(['Shanghai', 'Cooperation', 'Organisation']), ['SCO'])
  assert.deepEqual(initialsVariants(['Non-Aligned', 'Movement']), ['NM', 'NAM'])
})
