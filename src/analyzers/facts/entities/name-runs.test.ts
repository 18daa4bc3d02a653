import assert from 'node:assert/strict'
import { test } from 'node:test'
import { loadKnowledgeBase } from '../../../knowledge/load-kb.ts'
import { splitSentences } from '../../../text/sentences.ts'
import { tokenize } from '../../../text/tokenize.ts'
import { DocumentWords } from './document-words.ts'
import { Coverage } from './mention.ts'
import { nameRuns, titledApposition } from './name-runs.ts'

const kb = loadKnowledgeBase()

function runs(text: string, ordinaryWords = false) {
  const tokens = tokenize(text)
  const sentences = splitSentences(text, tokens)
  const doc = new DocumentWords(tokens, sentences, kb)
  const coverage = new Coverage(tokens.length)
  return sentences.flatMap((s) => nameRuns(doc, s, coverage, ordinaryWords).map((r) => `${tokens.slice(r.start, r.end).map((t) => t.text).join(' ')}${r.titled ? ' (titled)' : ''}${r.initial ? ' (initial)' : ''}`))
}

test('runs of capitalised words, with small joining words inside', () => {
  assert.deepEqual(runs('Officials at the Bank of England met Osama bin Laden’s lawyer.'), ['Officials (initial)', 'Bank of England', 'Osama bin Laden'])
})

test('titles are cut from the front and mark the name', () => {
  assert.deepEqual(runs('On Friday President Tokayev and Prime Minister Boris Johnson met.'), ['Tokayev (titled)', 'Boris Johnson (titled)'])
  assert.deepEqual(runs('He met Secretary of State Antony Blinken and foreign minister Wang Yi.'), ['Antony Blinken (titled)', 'Wang Yi (titled)'])
})

test('a committee\'s chair is a title: the name after it is the person\'s', () => {
  assert.deepEqual(runs('Committee Chair Tan Dhesi MP said the report was clear.'), ['Committee (initial)', 'Tan Dhesi (titled)', 'MP'])
  assert.deepEqual(runs('The Chair of the Committee, Dame Meg Hillier, spoke.'), ['Committee', 'Meg Hillier (titled)'])
  // a title alone is a run the entity finder drops ("A title alone names no one")
  assert.deepEqual(runs('He sat on a Chair near the window.'), ['Chair'])
})

test('a titled person "of" a body: the person, then the body', () => {
  assert.deepEqual(runs('It was reviewed by Brigadier General Somchai Phrommin of the Royal Thai Army.'), ['Somchai Phrommin (titled)', 'Royal Thai Army'])
  assert.deepEqual(runs('Commander Lena Vasquez of the Navy and Lt. Gen. Mara Quist of U.S. Army Pacific spoke.'), ['Lena Vasquez (titled)', 'Navy', 'Mara Quist (titled)', 'U.S. Army Pacific'])
})

test('no person before "of" where the words are an office, a body, or an ordinary word', () => {
  assert.deepEqual(runs('The Governor of the Bank of England spoke.'), ['Bank of England'])
  assert.deepEqual(runs('He met the Chief of Staff of the Army.'), [])
  assert.deepEqual(runs('He thanked the General Staff of the Armed Forces.'), ['General Staff of the Armed Forces'])
})

test('"Al" and "El" with a capital open a name, unless the next word alone is a known name', () => {
  assert.deepEqual(runs('The jets landed at Al Udeid Air Base near El Alamein.'), ['Al Udeid Air Base', 'El Alamein'])
  assert.deepEqual(runs('The El Salvadoran national was held.'), ['Salvadoran'])
})

test('a title heading an organisation stays in its name', () => {
  assert.deepEqual(runs('The General Assembly and the Foreign Ministry agreed.'), ['General Assembly', 'Foreign Ministry'])
})

test('function words and contractions opening a sentence are no names; a month that is a date is none', () => {
  assert.deepEqual(runs('They’ve said so. In May 2019 it changed.'), [])
})

test('a title after a comma makes a run a person', () => {
  const text = 'Jordan Bardella, president of the party, spoke.'
  const tokens = tokenize(text)
  const sentences = splitSentences(text, tokens)
  const doc = new DocumentWords(tokens, sentences, kb)
  const [run] = nameRuns(doc, sentences[0], new Coverage(tokens.length))
  assert.equal(titledApposition(doc, run, sentences[0]), true)
})

test('an office after a title is cut off with it; an office with no name leaves no run', () => {
  assert.deepEqual(runs('Then Minister of National Security Aiko Tanaka met Chief of Naval Operations Adm. Lena Holm.'), ['Aiko Tanaka (titled)', 'Lena Holm (titled)'])
  assert.deepEqual(runs('He said the Minister for Culture and Heritage agreed.'), [])
})

test('a title after "and" opens another name', () => {
  assert.deepEqual(runs('Ask Secretary of State Ruiz and Minister Lopez.'), ['Ask (initial)', 'Ruiz (titled)', 'Lopez (titled)'])
})

test('a possessive joins the words of a movement\'s name when its owner is a group of people', () => {
  assert.deepEqual(runs('Then the Pensioners’ Party and the Democratic Women\'s League met the Teachers\' Union of Peru.'), ['Pensioners ’ Party', 'Democratic Women \'s League', 'Teachers \' Union of Peru'])
})

test('a possessive of a place, a body, a person or a date splits the run', () => {
  assert.deepEqual(runs('Then Brazil\'s Supreme Court, the Party\'s Central Committee and Reeves\' Treasury Office met before Friday\'s Party Congress.'), [
    'Brazil', 'Supreme Court', 'Party', 'Central Committee', 'Reeves', 'Treasury Office', 'Party Congress',
  ])
  assert.deepEqual(runs('Then the Workers\' Day and People\'s Choice were held.'), ['Workers', 'Day', 'People', 'Choice'])
})

test('the words of a statement or a press office are cut from the front of an organisation\'s name', () => {
  assert.deepEqual(runs('He read the Statement of the Civic Renewal Movement and a Declaration of Independence.'), ['Civic Renewal Movement', 'Declaration of Independence'])
  assert.deepEqual(runs('He read the Information Department of the Unity Party note.'), ['Unity Party'])
})

test('a company\'s legal form after a comma ends its name', () => {
  assert.deepEqual(runs('Officials named Shenzhen Kaixin Trading Co., Ltd., which shipped engines, and Acme Holdings, Inc. in the filing.'), ['Officials (initial)', 'Shenzhen Kaixin Trading Co. , Ltd.', 'Acme Holdings , Inc.'])
})

test('invalid: a name and another after a comma stay two runs', () => {
  assert.deepEqual(runs('Officials named Acme Holdings, Zenith Corp and Delta in the filing.'), ['Officials (initial)', 'Acme Holdings', 'Zenith Corp', 'Delta'])
})

test('a prefix such as "pro-" stays outside the name after it', () => {
  assert.deepEqual(runs('In Tbilisi, the pro-Western Coalition for Change called a rally.'), ['Tbilisi', 'Coalition for Change'])
})

test('an appointment before a body\'s name is cut off', () => {
  assert.deepEqual(runs('Commodore Ana Lyle, Commander UK Carrier Strike Group, said so.'), ['Ana Lyle (titled)', 'UK Carrier Strike Group'])
})

test('titles in a base\'s name stay in it', () => {
  assert.deepEqual(runs('The jets flew from Prince Sultan Air Base.'), ['Prince Sultan Air Base'])
})

test('the words of what a title is for are no name', () => {
  // a title alone is a run the entity finder drops
  assert.deepEqual(runs('The First Sea Lord, Admiral Sir Ian Mott, said the ships were ready to sail.'), ['Lord', 'Ian Mott (titled)'])
  assert.deepEqual(runs('Armed Forces Minister Tom Ash and National Security Adviser Jane Oko agreed on the plan.'), ['Tom Ash (titled)', 'Jane Oko (titled)'])
})

test('invalid: a body\'s name or a word alone before a title stay runs, and so do a headline\'s words', () => {
  assert.deepEqual(runs('The Defence Committee Chair Tan Morrow spoke on the plan.'), ['Defence Committee', 'Tan Morrow (titled)'])
  assert.deepEqual(runs('The Treasury Secretary and a Republican Governor met.'), ['Treasury', 'Secretary', 'Republican', 'Governor'])
  assert.deepEqual(runs('Armed Forces Minister Visits Troops'), ['Armed Forces (initial)', 'Visits Troops (titled)'])
})

test('invalid: a word that only modifies titles is none before "of", even opening a sentence', () => {
  assert.deepEqual(runs('A Defense of the Catholic Tradition was published on Monday.'), ['Defense of the Catholic Tradition'])
})

test('"and" joins the words an acronym after them spells', () => {
  assert.deepEqual(runs('The award was made by Defence Equipment and Support (DE&S), the procurement arm.'), ['Defence Equipment and Support', 'DE&S'])
})

test('invalid: "and" before words no acronym spells joins nothing', () => {
  assert.deepEqual(runs('The award was made by Defence Equipment and Support staff on Monday.'), ['Defence Equipment', 'Support'])
})

test('the fields a body covers, listed with commas and "and", are one name with it', () => {
  assert.deepEqual(runs('The Culture, Media and Sport Committee met the Department for Environment, Food and Rural Affairs today.'), ['Culture , Media and Sport Committee', 'Department for Environment , Food and Rural Affairs'])
  // Places listed after a body, and a list before no body's head, stay apart.
  assert.deepEqual(runs('The Ministry of Defence, Estonia and Latvia signed. Officials from Food, Trade and Energy met.'), ['Ministry of Defence', 'Estonia', 'Latvia', 'Officials (initial)', 'Food', 'Trade', 'Energy'])
})
