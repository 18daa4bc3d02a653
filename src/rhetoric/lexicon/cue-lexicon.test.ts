import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { test } from 'node:test'
import { TECHNIQUES } from '../../report/techniques.ts'
import { tokenize } from '../../text/tokenize.ts'
import * as lexicon from './index.ts'
import { LexiconEntrySchema } from './entry.ts'
import { DEFAULT_LEXICON_DIR, defaultCueLexicon, loadCueLexicon, matchCues } from './index.ts'

test('the lexicon module exports its public API', () => {
  assert.deepEqual(Object.keys(lexicon).sort(), [
    'DEFAULT_LEXICON_DIR', 'SUPPORT_FILES', 'compileLexicon', 'cueHits', 'cueKey', 'cueKeys', 'defaultCueLexicon', 'loadCueLexicon', 'loadLexiconData', 'matchCues', 'nounForms', 'parsePattern', 'parseTerm', 'verbForms',
  ])
})

test('matchCues returns the span, technique and entry id of every cue in a tokenized text', () => {
  const text = 'The so-called referendum was a sham.'
  assert.deepEqual(matchCues(text, tokenize(text)), [
    { start: 4, end: 13, technique: 'doubt', cue: 'doubt.so-called' },
    { start: 31, end: 35, technique: 'loaded_language', cue: 'loaded.sham' },
  ])
  assert.throws(() => matchCues('Other text.', tokenize(text)), /the tokens do not belong to this text/)
})

test('every entry of the project lexicon has a technique and a rationale or source, and every technique but repetition has cues', () => {
  const { entries } = defaultCueLexicon()
  for (const e of entries) assert.ok(e.rationale ?? e.source, `${e.id} has a rationale or source`)
  const covered = new Set(entries.map((e) => e.technique))
  assert.deepEqual(TECHNIQUES.map((t) => t.id).filter((id) => !covered.has(id)), ['repetition'])
})

test('labels of every side of politics are in the name-calling family', () => {
  const text =
    'The regime, its puppet, the fascist, the terrorist, the radical left, the far-right, the globalist, the traitor, the occupier, the junta, ' +
    'the thugs, the extremists, the warmonger, the imperialist, the crusader, the infidel, the Nazi, the communist.'
  const hits = matchCues(text, tokenize(text)).filter((h) => h.technique === 'name_calling')
  const labels = hits.map((h) => text.slice(h.start, h.end).toLowerCase())
  for (const label of ['regime', 'puppet', 'fascist', 'terrorist', 'radical left', 'far-right', 'globalist', 'traitor', 'occupier', 'junta', 'thugs', 'extremists', 'warmonger', 'imperialist', 'crusader', 'infidel', 'nazi', 'communist']) {
    assert.ok(labels.includes(label), `"${label}" is a name-calling cue`)
  }
})

function lexiconFolderWith(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'unspun-lexicon-'))
  copyFileSync(join(fileURLToPath(DEFAULT_LEXICON_DIR), 'word-classes.json'), join(dir, 'word-classes.json'))
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), JSON.stringify(content))
  return dir
}

const family = (name: string, entries: unknown[]) => ({ family: name, title: name, description: 'test family', entries })

test('a broken lexicon file is refused with the file and the problem', () => {
  const noReason = lexiconFolderWith({ 'a.json': family('a', [{ id: 'a.x', term: 'x', technique: 'doubt' }]) })
  assert.throws(() => loadCueLexicon(noReason), /a\.json is not valid: entries\.0: an entry needs a rationale or a source/)
  const badTechnique = lexiconFolderWith({ 'a.json': family('a', [{ id: 'a.x', term: 'x', technique: 'propaganda', rationale: 'r.' }]) })
  assert.throws(() => loadCueLexicon(badTechnique), /a\.json is not valid: entries\.0\.technique/)
  const duplicate = lexiconFolderWith({
    'a.json': family('a', [{ id: 'a.x', term: 'x', technique: 'doubt', rationale: 'r.' }]),
    'b.json': family('b', [{ id: 'a.x', term: 'y', technique: 'doubt', rationale: 'r.' }]),
  })
  assert.throws(() => loadCueLexicon(duplicate), /Lexicon entry id 'a\.x' appears in a\.json and b\.json/)
  const misnamed = lexiconFolderWith({ 'a.json': family('b', [{ id: 'b.x', term: 'x', technique: 'doubt', rationale: 'r.' }]) })
  assert.throws(() => loadCueLexicon(misnamed), /declares family 'b'; name the file b\.json/)
  assert.throws(() => loadCueLexicon('/nonexistent/lexicons'), /No lexicon folder at \/nonexistent\/lexicons/)
})

test('a small lexicon folder loads, compiles and matches', () => {
  const dir = lexiconFolderWith({ 'a.json': family('a', [{ id: 'a.hoax', term: 'hoax', technique: 'loaded_language', rationale: 'fake.' }]) })
  const small = loadCueLexicon(dir)
  const text = 'Two hoaxes.'
  assert.deepEqual(small.matchCues(text, tokenize(text)), [{ start: 4, end: 10, technique: 'loaded_language', cue: 'a.hoax' }])
  assert.equal(small.entry('a.hoax')?.family, 'a')
})

test('an entry may name the words beside it that make it a technical term, each one lower-case word', () => {
  const entry = { id: 'test.regime', term: 'regime', technique: 'name_calling', rationale: 'a label.' }
  assert.equal(LexiconEntrySchema.safeParse({ ...entry, notAfter: ['sanctions', 'visa'] }).success, true)
  assert.equal(LexiconEntrySchema.safeParse({ ...entry, notAfter: ['Sanctions'] }).success, false)
  assert.equal(LexiconEntrySchema.safeParse({ ...entry, notAfter: ['human rights'] }).success, false)
  assert.equal(LexiconEntrySchema.safeParse({ ...entry, notAfter: [] }).success, false)
  assert.equal(LexiconEntrySchema.safeParse({ ...entry, notBefore: ['list'] }).success, true)
  assert.equal(LexiconEntrySchema.safeParse({ ...entry, notBefore: ['List'] }).success, false)
})
