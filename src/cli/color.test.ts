import assert from 'node:assert/strict'
import { test } from 'node:test'
import { useColor } from './color.ts'

test('a terminal gets colour, a pipe does not', () => {
  assert.equal(useColor({ toFile: false, isTTY: true, env: {} }), true)
  assert.equal(useColor({ toFile: false, isTTY: false, env: {} }), false)
  assert.equal(useColor({ toFile: false, isTTY: true, env: { TERM: 'dumb' } }), false)
})

test('NO_COLOR turns colour off, FORCE_COLOR turns it on, NO_COLOR wins', () => {
  assert.equal(useColor({ toFile: false, isTTY: true, env: { NO_COLOR: '1' } }), false)
  assert.equal(useColor({ toFile: false, isTTY: true, env: { NO_COLOR: '' } }), true)
  assert.equal(useColor({ toFile: false, isTTY: false, env: { FORCE_COLOR: '1' } }), true)
  assert.equal(useColor({ toFile: false, isTTY: true, env: { FORCE_COLOR: '0' } }), false)
  assert.equal(useColor({ toFile: false, isTTY: false, env: { FORCE_COLOR: '1', NO_COLOR: '1' } }), false)
})

test('the flags decide over the environment, and a file never gets colour', () => {
  assert.equal(useColor({ flag: true, toFile: false, isTTY: false, env: { NO_COLOR: '1' } }), true)
  assert.equal(useColor({ flag: false, toFile: false, isTTY: true, env: { FORCE_COLOR: '1' } }), false)
  assert.equal(useColor({ flag: true, toFile: true, isTTY: true, env: { FORCE_COLOR: '1' } }), false)
})
