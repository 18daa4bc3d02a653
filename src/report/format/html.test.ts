import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseHTML } from 'linkedom'
import { HOSTILE_STRINGS, hostileReport, plainReport, pressReleaseReport } from '../../../test/fixtures/reports.ts'
import { TECHNIQUES } from '../techniques.ts'
import { formatHtml } from './html.ts'

function page(html: string) {
  return parseHTML(html).document
}

const all = (root: ParentNode, selector: string): Element[] => Array.from(root.querySelectorAll(selector))
const textOf = (elements: Element[]) => elements.map((e) => e.textContent).join('|')

test('the page is self-contained: no scripts, no event handlers, nothing loaded from elsewhere', () => {
  const html = formatHtml([pressReleaseReport(), hostileReport()])
  const doc = page(html)
  assert.ok(html.startsWith('<!doctype html>'))
  assert.equal(doc.querySelectorAll('script').length, 0)
  for (const element of all(doc, '*')) {
    for (const name of element.getAttributeNames()) {
      assert.doesNotMatch(name, /^on/i, `<${element.tagName}> has a ${name} attribute`)
      if (name === 'href') assert.match(element.getAttribute(name) ?? '', /^#/)
    }
    assert.ok(!['IMG', 'IFRAME', 'LINK', 'OBJECT', 'EMBED'].includes(element.tagName), `unexpected <${element.tagName}>`)
  }
  assert.doesNotMatch(doc.querySelector('style')?.textContent ?? '', /url\(|@import/)
  assert.match(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '', /default-src 'none'/)
})

test('markup in the document is shown literally, never run or rendered', () => {
  const doc = page(formatHtml([hostileReport()]))
  const text = doc.querySelector('.text')?.textContent ?? ''
  for (const hostile of HOSTILE_STRINGS) assert.ok(text.includes(hostile), `${hostile} appears as text`)
  assert.equal(doc.querySelector('article h2')?.textContent, '</title><script>alert("title")</script>')
  assert.equal(doc.querySelector('title')?.textContent, 'unspun report')
  assert.match(doc.querySelector('.meta')?.textContent ?? '', /<b onmouseover="alert\(2\)">Issuer<\/b>/)
  assert.match(doc.querySelector('.panels')?.textContent ?? '', /<i>Spokes<\/i>"person/)
  assert.equal(doc.querySelectorAll('.sent p img, .sent p b, .sent p i').length, 0)
  const marked = doc.querySelector('.text .t-loaded_language')
  assert.equal(marked?.textContent, HOSTILE_STRINGS[1])
  assert.match(marked?.getAttribute('title') ?? '', /An <img> tag with onerror="alert\(1\)" in the explanation\./)
})

test('the text comes out whole, sentence by sentence, with each function in the margin', () => {
  const report = pressReleaseReport()
  const doc = page(formatHtml([report]))
  const sentences = all(doc, '.sent p').map((p) => p.textContent)
  assert.deepEqual(
    sentences,
    report.sentences.map((s) => report.document.text.slice(s.start, s.end)),
  )
  assert.deepEqual(
    all(doc, '.fn b').map((b) => b.textContent),
    ['other', 'report', 'report', 'quote', 'opinion', 'question', 'call to action'],
  )
  assert.match(doc.querySelectorAll('.fn')[2].textContent ?? '', /check-worthiness 0\.90/)
  assert.equal(doc.querySelectorAll('.para').length, 4)
})

test('overlapping spans are split into segments and each layer keeps its own text', () => {
  const doc = page(formatHtml([pressReleaseReport()]))
  const text = doc.querySelector('.text')
  assert.ok(text)
  assert.equal(textOf(all(text, '.t-exaggeration')), 'nothing but |puppets')
  assert.equal(textOf(all(text, '.t-loaded_language')), 'puppets| of a corrupt regime')
  const both = all(text, '.t-exaggeration').filter((e) => e.closest('.t-loaded_language') || e.querySelector('.t-loaded_language'))
  assert.deepEqual(
    both.map((e) => e.textContent),
    ['puppets'],
  )
  assert.equal(textOf(all(text, '.ly-quote')), 'The exercise shows that our unity cannot be broken,')
  assert.equal(textOf(all(text, '.ly-amount')), 'More than 1,200 troops')
  assert.equal(textOf(all(text, '.ly-date')), '14 September 2021|on Tuesday')
  const entities = textOf(all(text, '.ly-entity'))
  assert.equal(entities, 'SCO|BISHKEK|Shanghai Cooperation Organisation|SCO|Kyrgyzstan|SCO|Vladimir Norov')
  const event = textOf(all(text, '.ly-event')).replace(/\|/g, '')
  assert.equal(event, 'The Shanghai Cooperation Organisation (SCO) concluded on Tuesday a joint exercise in Kyrgyzstan')
})

test('every highlighted span explains itself in a tooltip', () => {
  const doc = page(formatHtml([pressReleaseReport()]))
  const titled = all(doc, '.text [title]')
  const title = (text: string) => titled.find((e) => e.textContent === text)?.getAttribute('title') ?? ''
  assert.match(title(' of a corrupt regime'), /^technique: Loaded language \(error, 0\.82\)\nThe phrase "puppets of a corrupt regime" carries/)
  assert.match(title('puppets'), /Exaggeration \/ minimisation[\s\S]*Loaded language/)
  assert.match(title('The exercise shows that our unity cannot be broken,'), /direct quote\nspeaker: Vladimir Norov \(SCO Secretary-General\)/)
  assert.match(title('BISHKEK'), /entity: location → Bishkek/)
  for (const span of all(doc, '.sent p span[class]')) {
    assert.ok(span.hasAttribute('title') || span.querySelector('[title]'), `${span.outerHTML} has a tooltip inside`)
  }
})

test('a legend with a toggle per layer and per technique', () => {
  const doc = page(formatHtml([pressReleaseReport()]))
  const toggles = all(doc, '.legend input[type=checkbox]').map((i) => i.id)
  assert.deepEqual(toggles, ['show-quote', 'show-event', 'show-entity', 'show-amount', 'show-date', 'show-technique', ...TECHNIQUES.map((t) => `show-${t.id}`), 'show-function'])
  const css = doc.querySelector('style')?.textContent ?? ''
  for (const id of toggles) assert.ok(css.includes(`#${id}:not(:checked)`), `the style sheet reacts to #${id}`)
  assert.match(css, /\.t-name_calling \{ background-color: #[0-9a-f]{6}; \}/)
})

test('side panels list entities, quotes with speakers, events, numbers, techniques and problems', () => {
  const doc = page(formatHtml([pressReleaseReport()]))
  const panel = (title: string) => all(doc, '.panels section').find((s) => s.querySelector('h3')?.textContent?.startsWith(title))
  assert.match(panel('Entities (4)')?.textContent ?? '', /Shanghai Cooperation Organisation organization · 4 mentions petrarch\/international IGOSCO/)
  assert.match(panel('Quotes (1)')?.textContent ?? '', /Vladimir Norov \(SCO Secretary-General\): “The exercise shows/)
  assert.match(panel('Events (1)')?.textContent ?? '', /0871 Engage in military cooperation “The Shanghai[\s\S]*actor: Shanghai Cooperation Organisation/)
  assert.match(panel('Amounts and dates (3)')?.textContent ?? '', /More than 1,200 troops = 1200 troops/)
  assert.match(panel('Techniques (5)')?.textContent ?? '', /Loaded language error 0\.82 “puppets of a corrupt regime”/)
  assert.match(panel('Problems (1)')?.textContent ?? '', /info facts\/dates: Could not resolve/)
  for (const link of all(doc, '.panels a')) {
    const target = link.getAttribute('href')?.slice(1) ?? ''
    assert.ok(doc.getElementById(target), `the panel link #${target} has a target in the text`)
  }
})

test('several documents share one page; none gives an empty page', () => {
  const doc = page(formatHtml([pressReleaseReport(), plainReport()]))
  assert.equal(doc.querySelectorAll('article.doc').length, 2)
  const ids = all(doc, '[id]').map((e) => e.id)
  assert.equal(new Set(ids).size, ids.length, 'element ids are unique')
  assert.match(page(formatHtml([])).querySelector('main')?.textContent ?? '', /No documents/)
})

test('a span that runs over a sentence end is drawn in both sentences', () => {
  const report = plainReport('We will win. We will win again.')
  const text = report.document.text
  const start = text.indexOf('win.')
  const end = text.indexOf(' again')
  report.techniques.push({ technique: 'repetition', ptc: 'Repetition', start, end, text: text.slice(start, end), confidence: 0.7, explanation: 'Says it twice.', cues: [], speaker: null })
  const doc = page(formatHtml([report]))
  assert.equal(textOf(all(doc, '.sent p .t-repetition')), 'win.|We will win')
  assert.deepEqual(
    all(doc, '.sent p').map((p) => p.textContent),
    ['We will win.', 'We will win again.'],
  )
})
