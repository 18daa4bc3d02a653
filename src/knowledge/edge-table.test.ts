import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createEdgeTable } from './edge-table.ts'

test('edges are found again after the table grows', () => {
  const edges = createEdgeTable(4)
  for (let node = 0; node < 500; node++) assert.equal(edges.getOrAdd(node, node * 7, node + 1), node + 1)
  assert.equal(edges.size, 500)
  for (let node = 0; node < 500; node++) assert.equal(edges.get(node, node * 7), node + 1)
  assert.equal(edges.get(3, 4), -1)
  assert.equal(edges.getOrAdd(3, 21, 999), 4, 'an existing edge keeps its child')
})
