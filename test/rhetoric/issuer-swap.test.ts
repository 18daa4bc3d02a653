import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { createAnalyzer } from '../../src/engine/engine.ts'
import type { Technique } from '../../src/report/schema.ts'
import { cueAnalyzers } from './cue-analyzers.ts'

/** A text rendered from a template: where each placeholder landed, to compare spans across renderings. */
interface Rendered {
  text: string
  slots: Array<{ start: number; end: number; slot: string }>
}

function render(template: string, names: Record<string, string>): Rendered {
  const slots: Rendered['slots'] = []
  let text = ''
  for (const part of template.split(/(\{[A-Z]\})/)) {
    const slot = /^\{([A-Z])\}$/.exec(part)?.[1]
    if (slot === undefined) {
      text += part
      continue
    }
    const sentenceStart = text === '' || /[.!?]["”]?\s+$/.test(text)
    const name = sentenceStart ? names[slot].charAt(0).toUpperCase() + names[slot].slice(1) : names[slot]
    slots.push({ start: text.length, end: text.length + name.length, slot })
    text += name
  }
  return { text, slots }
}

/** An offset in terms of the template: literal characters count one each, a placeholder counts as its name. */
function templateOffset(r: Rendered, offset: number): string {
  let shift = 0
  for (const s of r.slots) {
    if (offset <= s.start) break
    if (offset < s.end) return `inside {${s.slot}}+${offset - s.start}`
    shift += s.end - s.start - 3
  }
  return String(offset - shift)
}

/**
 * A finding as it must read the same whoever is named: spans in template terms, names in the
 * explanation put back as placeholders. Speakers are left out: they come from the quote analyzer.
 */
function neutral(r: Rendered, names: Record<string, string>, f: Technique): string {
  const unname = (s: string) => Object.entries(names).reduce((acc, [slot, name]) => acc.replace(new RegExp(name, 'gi'), `{${slot}}`), s)
  const explanation = f.explanation.replace(/“[^”]*”/, unname)
  return [f.technique, `${templateOffset(r, f.start)}–${templateOffset(r, f.end)}`, f.confidence, [...f.cues].sort().join(','), explanation].join(' | ')
}

const templates = [
  '{A} said the protests organised by {B} were a sham. "Either we stand with {A}, or we stand with chaos," a spokesman for {A} said. {B} called the so-called election a farce staged by puppets.',
  '{A} accused {B} of sending a flood of weapons into the region. "What about the crimes of {A}?" a {B} spokesman asked. {B} said everyone knows that {A} wants to destroy the country.',
  'The {A} said the {B} are terrorists and thugs. The {B} said the {A} regime is a criminal regime and that there is no alternative but to fight. "Glory to the heroes!" the {B} commander said. Glory to the heroes, his men answered.',
  '{A} said {B} was spreading fake news about the war. "Make {A} great again," supporters chanted. {B} state media called the {A} leader the new Hitler, and said {A} does the same while it lectures others.',
]

const pairs: Array<[string, string]> = [
  ['NATO', 'the CSTO'],
  ['the United States', 'Russia'],
  ['the ruling party', 'the opposition'],
  ['government', 'rebels'],
  ['Israel', 'Hamas'],
  ['Ukraine', 'Russia'],
]

const unspun = createAnalyzer({ analyzers: cueAnalyzers })

function findings(template: string, names: Record<string, string>, issuer: string): string[] {
  const r = render(template, names)
  return unspun.analyze({ text: r.text, issuer, language: 'en' }).techniques.map((f) => neutral(r, names, f))
}

describe('swapping the issuer and the named parties leaves the technique findings as they were', () => {
  for (const [x, y] of pairs) {
    templates.forEach((template, i) => {
      test(`${x} ↔ ${y}, text ${i + 1}`, () => {
        const one = findings(template, { A: x, B: y }, x)
        const other = findings(template, { A: y, B: x }, y)
        assert.ok(one.length >= 3, `the text has findings to compare: ${one.join('\n')}`)
        assert.deepEqual(other, one)
      })
    })
  }
})
