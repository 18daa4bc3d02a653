import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { surnamePosition } from './surnames.ts'

describe('surnamePosition', () => {
  test('the surname is the last word of a full name, before any generational suffix', () => {
    assert.equal(surnamePosition(['kwame', 'boateng']), 1)
    assert.equal(surnamePosition(['robert', 'j', 'dover', 'jr']), 2)
    assert.equal(surnamePosition(['anna', 'holm', 'iii']), 1)
  })

  test('one word, or a run holding more than a name, has no surname', () => {
    assert.equal(surnamePosition(['boateng']), -1)
    assert.equal(surnamePosition(['dover', 'jr']), -1)
    assert.equal(surnamePosition(['maria', 'lopez', 'of', 'the', 'diocese', 'of', 'lima']), -1)
  })
})
