import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { test } from 'node:test'
import * as cameo from './index.ts'
import { cameoModelFromJson, loadCameoModel, DEFAULT_CAMEO_MODEL } from './model.ts'
import { compileCameoModel } from './compile.ts'

const SHARED = new URL('../../../../shared/data/', import.meta.url)
const hasShared = existsSync(new URL('cameo/eventcodes.tsv', SHARED)) && existsSync(new URL('petrarch/CAMEO.2.0.txt', SHARED))

test('exports the codebook, the verb dictionary reader, the compiler and the loader', () => {
  assert.deepEqual(Object.keys(cameo).sort(), [
    'CAMEO_MODEL_FORMAT',
    'DEFAULT_CAMEO_MODEL',
    'cameoModelFromJson',
    'compileCameoModel',
    'createCameoCodebook',
    'formKind',
    'loadCameoModel',
    'parseCameoCodebook',
    'parsePetrarchVerbs',
    'quadClassOf',
    'regularVerbForms',
  ])
})

test('the shipped model knows every code the events analyzer reports, with labels and weights', () => {
  const { codebook, verbs, sources } = loadCameoModel()
  assert.equal(codebook.get('150')?.label, 'Demonstrate military or police power, not specified below')
  assert.equal(codebook.get('154')?.label, 'Mobilize or increase armed forces')
  assert.equal(codebook.get('163')?.label, 'Impose embargo, boycott, or sanctions')
  assert.equal(codebook.get('010')?.label, 'Make statement, not specified below')
  assert.equal(codebook.get('112')?.label, 'Accuse, not specified below')
  assert.deepEqual([codebook.get('010')?.quadClass, codebook.get('073')?.quadClass, codebook.get('112')?.quadClass, codebook.get('195')?.quadClass], [1, 2, 3, 4])
  assert.equal(codebook.codes.length, 311)
  assert.ok(verbs.blocks.some((b) => b.name === 'THREATEN' && b.code === '130'))
  assert.ok(sources.some((s) => s.licence === 'MIT' && /Open Event Data Alliance/.test(s.source)))
})

test('a file that is not a CAMEO model is refused with a way to fix it', () => {
  assert.throws(() => cameoModelFromJson({ format: 'something/else' }, 'x.json'), /x\.json is not a unspun\.cameo\/1 file .*build-cameo\.ts/)
  assert.throws(() => loadCameoModel('/nonexistent/cameo.json'), /Cannot read the CAMEO model at \/nonexistent\/cameo\.json/)
})

test('models/cameo.json is what the build script makes from ../shared/data', { skip: !hasShared && 'needs ../shared/data' }, () => {
  const read = (path: string) => readFileSync(new URL(path, SHARED), 'utf8')
  const { model } = compileCameoModel({ eventCodes: read('cameo/eventcodes.tsv'), goldstein: read('cameo/goldstein.tsv'), verbDictionary: read('petrarch/CAMEO.2.0.txt') })
  assert.equal(JSON.stringify(model) + '\n', readFileSync(fileURLToPath(DEFAULT_CAMEO_MODEL), 'utf8'))
})
