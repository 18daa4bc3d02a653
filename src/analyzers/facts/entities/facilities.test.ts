import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { createAnalyzer } from '../../../engine/engine.ts'
import { loadKnowledgeBase } from '../../../knowledge/load-kb.ts'
import { splitSentences } from '../../../text/sentences.ts'
import { tokenize } from '../../../text/tokenize.ts'
import { createEntitiesAnalyzer } from '../entities.ts'
import { DocumentWords } from './document-words.ts'
import { facilityName } from './facilities.ts'

const kb = loadKnowledgeBase()
const rules = createAnalyzer({ analyzers: [createEntitiesAnalyzer({ nerModel: false })] })

/** The own name of a facility written as the whole text, or null. */
function ownName(text: string): string | null {
  const tokens = tokenize(text)
  const doc = new DocumentWords(tokens, splitSentences(text, tokens), kb)
  const own = facilityName(doc, 0, tokens.length)
  return own && text.slice(tokens[own[0]].start, tokens[own[1] - 1].end)
}

/** The entities of a text as "type name | mentions". */
const entities = (text: string) => rules.analyze(text).entities.map((e) => `${e.type} ${e.name} | ${e.mentions.map((m) => m.text).join(', ')}`)

describe('the own name of a base', () => {
  test('after an opener or a kind of base, before a base word or a site of use', () => {
    assert.equal(ownName('RAAF Base Tindal'), 'Tindal')
    assert.equal(ownName('Joint Base Lewis-McChord'), 'Lewis-McChord')
    assert.equal(ownName('Naval Air Station Pensacola'), 'Pensacola')
    assert.equal(ownName('Camp Lejeune'), 'Lejeune')
    assert.equal(ownName('HMNB Portsmouth'), 'Portsmouth')
    assert.equal(ownName('Redstone Arsenal'), 'Redstone')
    assert.equal(ownName('Eglin Air Force Base'), 'Eglin')
    assert.equal(ownName('Cape Canaveral Space Force Station'), 'Cape Canaveral')
    assert.equal(ownName('White Sands Missile Range'), 'White Sands')
  })

  test('none: a body, a title, an aircraft after a service, a word alone, or no base word', () => {
    assert.equal(ownName('RAF Regiment'), null)
    assert.equal(ownName('Fort Worth Police Department'), null)
    assert.equal(ownName('Camp General Okafor'), null)
    assert.equal(ownName('RAF Voyager'), null)
    assert.equal(ownName('Air Base'), null)
    assert.equal(ownName('Lavinia Tindal'), null)
    assert.equal(ownName('Space Force'), null)
    assert.equal(ownName('J.B. Hurt'), null, 'an opener written as an acronym is in capitals')
    assert.equal(ownName('camp Lejeune'), null)
  })
})

describe('bases are places', () => {
  test('a base whose name holds a service or reads like a person is a place, and so is its own name alone later', () => {
    assert.deepEqual(entities('The tankers flew from Eglin Air Force Base to RAAF Base Tindal on Monday, said Lt. Col. Mara Quist. Tindal will host them until June.'), [
      'location Eglin Air Force Base | Eglin Air Force Base',
      'location RAAF Base Tindal | RAAF Base Tindal, Tindal',
      'person Mara Quist | Mara Quist',
    ])
    assert.deepEqual(entities('Engineers at Redstone Arsenal briefed the team, and Marines from Camp Lejeune watched.'), [
      'location Redstone Arsenal | Redstone Arsenal',
      'organization Marines | Marines',
      'location Camp Lejeune | Camp Lejeune',
    ])
  })

  test('"Al" opens a base named in Arabic', () => {
    assert.deepEqual(entities('Jets landed at Al Udeid Air Base.'), ['location Al Udeid Air Base | Al Udeid Air Base'])
  })

  test('a service and a unit stay bodies; a person named like a base stays a person', () => {
    assert.deepEqual(entities('The RAF Regiment and 3 Squadron deployed. Gen. Petra Redstone said the base was ready.'), [
      'organization RAF Regiment | RAF Regiment',
      'organization 3 Squadron | 3 Squadron',
      'person Petra Redstone | Petra Redstone',
    ])
  })
})

describe('bases in a dateline and bases with initials', () => {
  test('a dateline\'s base in capitals keeps its opener, and initials after the opener are no armed group', () => {
    assert.deepEqual(entities('CAMP H.M. SMITH, Hawaii — Troops began the drill at Camp H.M. Smith on Monday.'), ['location CAMP H.M. SMITH | CAMP H.M. SMITH, Camp H.M. Smith', 'location Hawaii | Hawaii'])
  })

  test('invalid: the initials alone stay the armed group, and a sentence\'s ordinary first word is no opener', () => {
    assert.deepEqual(entities('Camp followers arrived, and militants of H.M. attacked.'), ['group Hizbul Mujahideen | H.M.'])
  })
})
