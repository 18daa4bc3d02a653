import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseHtmlDocument } from './html-document.ts'
import { collectText } from './html-text.ts'

const text = (html: string) => collectText(parseHtmlDocument(html).body)

test('one paragraph per block, <br> as a line break, inline elements flow', () => {
  assert.equal(text('<h2>Heading</h2><p>One <b>bold</b>\n   move &amp; <a href="#">link</a>.</p><div>Two<br>lines</div>'), 'Heading\n\nOne bold move & link.\n\nTwo\nlines')
})

test('table cells are spaced, rows are paragraphs; <pre> keeps its spaces', () => {
  assert.equal(text('<table><tr><td>Troops</td><td>1,200</td></tr><tr><th>Tanks</th><td>40</td></tr></table>'), 'Troops 1,200\n\nTanks 40')
  assert.equal(text('<pre>a   b\n  c</pre>'), 'a   b\nc')
})

test('fragments without <html> or <body> are read too', () => {
  assert.equal(text('Loose text <p>and a paragraph</p>'), 'Loose text\n\nand a paragraph')
})

test('a very deep tree is walked without recursion', () => {
  const depth = 20_000
  assert.equal(text(`${'<span>'.repeat(depth)}deep${'</span>'.repeat(depth)}`), 'deep')
})
