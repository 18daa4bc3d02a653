import assert from 'node:assert/strict'
import { test } from 'node:test'
import { bearerToken, hashToken, newToken, scopeAllows } from './tokens.ts'

test('new tokens are long, random and prefixed; ids are short', () => {
  const a = newToken()
  const b = newToken()
  assert.match(a.token, /^unspun_[A-Za-z0-9_-]{43}$/)
  assert.match(a.id, /^[0-9a-f]{12}$/)
  assert.notEqual(a.token, b.token)
  assert.notEqual(a.id, b.id)
})

test('tokens are kept as their sha256', () => {
  assert.equal(hashToken('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  assert.match(hashToken('unspun_abc'), /^[0-9a-f]{64}$/)
  assert.notEqual(hashToken('unspun_abc'), hashToken('unspun_abd'))
})

test('write includes read; read does not include write', () => {
  assert.equal(scopeAllows('write', 'read'), true)
  assert.equal(scopeAllows('write', 'write'), true)
  assert.equal(scopeAllows('read', 'read'), true)
  assert.equal(scopeAllows('read', 'write'), false)
})

test('reads the token of a Bearer header only', () => {
  assert.equal(bearerToken('Bearer unspun_abc'), 'unspun_abc')
  assert.equal(bearerToken('bearer   unspun_abc  '), 'unspun_abc')
  assert.equal(bearerToken('Basic dXNlcjpwYXNz'), null)
  assert.equal(bearerToken('Bearer a b'), null)
  assert.equal(bearerToken(undefined), null)
})
