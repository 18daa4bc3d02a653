import assert from 'node:assert/strict'
import { test } from 'node:test'
import { isLoopback } from './start-server.ts'

test('only loopback hosts run without tokens', () => {
  for (const host of ['127.0.0.1', 'localhost', '::1', '[::1]', '127.3.2.1']) assert.equal(isLoopback(host), true, host)
  for (const host of ['0.0.0.0', '::', '192.168.1.10', '10.0.0.5', 'example.org', '128.0.0.1']) assert.equal(isLoopback(host), false, host)
})
