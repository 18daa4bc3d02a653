import assert from 'node:assert/strict'
import { test } from 'node:test'
import { MAX_HTML_DEPTH, measureNestingDepth } from './html-depth.ts'

test('counts how deeply elements nest', () => {
  assert.equal(measureNestingDepth('<div><section><span>x</span></section></div><div></div>'), 3)
  assert.equal(measureNestingDepth('plain text'), 0)
})

test('void elements and elements with optional end tags add no depth', () => {
  assert.equal(measureNestingDepth('<div><br><img src=a><input><hr></div>'), 1)
  assert.equal(measureNestingDepth(`<div>${'<p>paragraph without end tag'.repeat(1000)}</div>`), 1)
  assert.equal(measureNestingDepth(`<ul>${'<li>item'.repeat(1000)}</ul>`), 1)
  assert.equal(measureNestingDepth('<svg><path d="M0 0"/><circle/></svg>'), 1)
})

test('markup inside scripts, styles, comments and quoted attributes is not counted', () => {
  assert.equal(measureNestingDepth(`<script>var s = "${'<div>'.repeat(500)}"</script><p>x</p>`), 0)
  assert.equal(measureNestingDepth(`<STYLE>/* ${'<div>'.repeat(500)} */</STYLE>`), 0)
  assert.equal(measureNestingDepth(`<!-- ${'<div>'.repeat(500)} --><div></div>`), 1)
  assert.equal(measureNestingDepth(`<div title="a > b ${'<div>'.repeat(500)}"></div>`), 1)
})

test('stops as soon as the limit is passed', () => {
  const deep = '<div>'.repeat(1_000_000)
  const started = performance.now()
  assert.equal(measureNestingDepth(deep, MAX_HTML_DEPTH), MAX_HTML_DEPTH + 1)
  assert.ok(performance.now() - started < 500)
  assert.equal(measureNestingDepth('<div>'.repeat(40)), 40)
})
